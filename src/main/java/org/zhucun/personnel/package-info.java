/**
 * Personnel (PER-1): the records of the dispatched cadres, with their ID number and phone
 * encrypted, masked on every page and export, and shown in full only to holders of
 * PERSONAL_DATA_VIEW, each time recorded in the audit log (SEC-5).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personnel")
package org.zhucun.personnel;
