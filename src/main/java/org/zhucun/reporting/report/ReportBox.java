package org.zhucun.reporting.report;

/** The lists of reports: all in the scope, the user's own, those waiting for the office's receipt. */
public enum ReportBox {

	ALL, MINE, TO_RECEIVE

}
