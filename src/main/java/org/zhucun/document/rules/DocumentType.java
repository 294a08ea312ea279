package org.zhucun.document.rules;

import java.util.Set;

/** The kinds of attachment accepted, each with its stored content type and the extensions a file of it may carry. */
public enum DocumentType {

	PDF("application/pdf", Set.of("pdf")),
	JPEG("image/jpeg", Set.of("jpg", "jpeg")),
	PNG("image/png", Set.of("png")),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx"));

	private final String contentType;

	private final Set<String> extensions;

	DocumentType(String contentType, Set<String> extensions) {
		this.contentType = contentType;
		this.extensions = extensions;
	}

	public String contentType() {
		return contentType;
	}

	public Set<String> extensions() {
		return extensions;
	}

	/** The extensions of all accepted types, for the refusal message ("pdf, jpg, …"). */
	public static String allowedExtensions() {
		return "pdf, jpg, jpeg, png, docx, xlsx";
	}

}
