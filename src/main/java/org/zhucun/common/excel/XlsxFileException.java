package org.zhucun.common.excel;

/** An upload cannot be read as an .xlsx table; the reason tells the user what to do. */
public class XlsxFileException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Why the file cannot be read. */
	public enum Reason {

		/** No bytes at all. */
		EMPTY("empty"),
		/** Some other format, or another Office Open XML document (.docx, .pptx). */
		NOT_XLSX("notXlsx"),
		/** An .xls of Excel 97-2003, or an .xlsx protected by a password: both are OLE2 containers. */
		LEGACY_OR_ENCRYPTED("legacyOrEncrypted"),
		/** An .xlsx that is damaged or cut short. */
		MALFORMED("malformed"),
		/** A workbook without any sheet: to the user, a file without the template's header. */
		NO_SHEET("noHeader"),
		/** The first sheet has no row naming any of the expected columns. */
		NO_HEADER("noHeader"),
		/** The header lacks required columns: the argument lists them. */
		MISSING_COLUMNS("missingColumns"),
		/** Only the header, no data row. */
		NO_ROWS("noRows"),
		/** More data rows than allowed: the argument is the limit. */
		TOO_MANY_ROWS("tooManyRows");

		private final String key;

		Reason(String key) {
			this.key = key;
		}

		/** The message key of this reason among an import's keys: {@code import.file} gives {@code import.file.empty}. */
		public String messageKey(String prefix) {
			return prefix + "." + key;
		}

	}

	private final Reason reason;

	private final transient Object argument;

	XlsxFileException(Reason reason, Throwable cause) {
		this(reason, cause, null);
	}

	XlsxFileException(Reason reason, Throwable cause, Object argument) {
		super(reason.name(), cause);
		this.reason = reason;
		this.argument = argument;
	}

	public Reason reason() {
		return reason;
	}

	/** What the message needs besides the reason: the missing columns, or the row limit; else null. */
	public Object argument() {
		return argument;
	}

}
