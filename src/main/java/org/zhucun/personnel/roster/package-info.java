/**
 * PER-5: the roster import. A county, township or dispatching unit uploads an .xlsx of dispatched
 * people (the fields of Annex 4) and their postings; every row is checked against the rules of
 * PER-1/2/3 and the user's data scope (ORG-5) before anything is written, and the file is imported
 * whole or not at all (SEC-9).
 */
package org.zhucun.personnel.roster;
