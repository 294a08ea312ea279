/**
 * Reports with deadlines (REP-1..5): the dispatched cadre's quarterly report, semi-annual and annual
 * written reports and work-information items, written once and routed to every recipient office the
 * policy names, each of which marks it received; late and missing reports on the workbench of the
 * person and of the recipients; and the meetings of Art. 5 (REP-4) with the missing ones flagged.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.zhucun.reporting;
