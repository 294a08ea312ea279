package org.zhucun.personnel.publication;

/** CON-1 (公开联系方式): which phone number the person agrees to publish on the village page. */
public enum ContactKind {

	/** The person's own mobile, from their record. */
	MOBILE,
	/** An office number the person gives for the purpose. */
	OFFICE,
	/** Nothing published (the default). */
	NONE;

	public String messageKey() {
		return "publication.contact." + name();
	}

}
