package org.zhucun.common.excel;

/** An upload cannot be read as an .xlsx workbook at all; the reason tells the user what to do. */
public class XlsxFileException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Why the file cannot be read. */
	public enum Reason {

		/** No bytes at all. */
		EMPTY,
		/** Some other format, or another Office Open XML document (.docx, .pptx). */
		NOT_XLSX,
		/** An .xls of Excel 97-2003, or an .xlsx protected by a password: both are OLE2 containers. */
		LEGACY_OR_ENCRYPTED,
		/** An .xlsx that is damaged or cut short. */
		MALFORMED,
		/** A workbook without any sheet. */
		NO_SHEET

	}

	private final Reason reason;

	XlsxFileException(Reason reason, Throwable cause) {
		super(reason.name(), cause);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
