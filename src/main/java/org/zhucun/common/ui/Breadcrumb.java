package org.zhucun.common.ui;

/**
 * One step of the breadcrumbs above a page. {@code label} is a message key when {@code literal}
 * is false, else a name shown as it is (a village's name).
 */
public record Breadcrumb(String label, boolean literal, String href) {

	public static Breadcrumb key(String messageKey, String href) {
		return new Breadcrumb(messageKey, false, href);
	}

	public static Breadcrumb name(String name, String href) {
		return new Breadcrumb(name, true, href);
	}

}
