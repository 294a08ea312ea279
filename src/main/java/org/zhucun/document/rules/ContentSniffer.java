package org.zhucun.document.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.zhucun.common.web.InvalidInputException;

/**
 * Decides what an upload is from its content and checks it against the rules of attachments:
 * <ol>
 * <li>an empty file is refused;</li>
 * <li>a file larger than the limit ({@code zhucun.documents.max-size}) is refused;</li>
 * <li>an executable (Windows {@code MZ}, Linux {@code ELF}, macOS Mach-O, a {@code #!} script) is
 * refused whatever its name;</li>
 * <li>the type is read from the first bytes: PDF ({@code %PDF-}), JPEG ({@code FF D8 FF}), PNG
 * (its 8-byte signature), DOCX and XLSX (a ZIP whose entries include {@code word/document.xml}
 * or {@code xl/workbook.xml}); anything else is refused;</li>
 * <li>the file name's extension must be one of that type's extensions (a PDF must be named
 * {@code .pdf}), else it is refused.</li>
 * </ol>
 * Every refusal is an {@link InvalidInputException} on the field {@code file}.
 */
public final class ContentSniffer {

	/** How many ZIP entries are looked at to tell DOCX from XLSX (the markers come first in real files). */
	static final int MAX_ZIP_ENTRIES = 200;

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[][] EXECUTABLES = { { 'M', 'Z' }, { 0x7F, 'E', 'L', 'F' },
			{ (byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCE }, { (byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCF },
			{ (byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE }, { (byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE },
			{ (byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE }, { '#', '!' } };

	private final long maxBytes;

	public ContentSniffer(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/** The type of this upload, or a refusal naming the rule it breaks. */
	public DocumentType check(String fileName, byte[] content) {
		if (content == null || content.length == 0) {
			throw new InvalidInputException("file", "document.error.empty");
		}
		if (content.length > maxBytes) {
			throw new InvalidInputException("file", "document.error.tooLarge", maxBytes / 1024 / 1024 + " MB");
		}
		for (byte[] signature : EXECUTABLES) {
			if (startsWith(content, signature)) {
				throw new InvalidInputException("file", "document.error.executable");
			}
		}
		DocumentType type = sniff(content);
		if (type == null) {
			throw new InvalidInputException("file", "document.error.unsupported", DocumentType.allowedExtensions());
		}
		String extension = extension(fileName);
		if (!type.extensions().contains(extension)) {
			throw new InvalidInputException("file", "document.error.extensionMismatch", type.name(),
					extension.isEmpty() ? "—" : "." + extension);
		}
		return type;
	}

	/** The type the first bytes show, or null for anything not accepted. */
	static DocumentType sniff(byte[] content) {
		if (startsWith(content, PDF)) {
			return DocumentType.PDF;
		}
		if (startsWith(content, JPEG)) {
			return DocumentType.JPEG;
		}
		if (startsWith(content, PNG)) {
			return DocumentType.PNG;
		}
		if (startsWith(content, ZIP)) {
			return officeType(content);
		}
		return null;
	}

	private static DocumentType officeType(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			int seen = 0;
			while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
				String name = entry.getName();
				if (name.equals("word/document.xml")) {
					return DocumentType.DOCX;
				}
				if (name.equals("xl/workbook.xml")) {
					return DocumentType.XLSX;
				}
			}
			return null;
		}
		catch (IOException | IllegalArgumentException ex) {
			return null; // a damaged archive is not an accepted document
		}
	}

	/** The file name's extension in lower case, without the dot; empty when there is none. */
	static String extension(String fileName) {
		if (fileName == null) {
			return "";
		}
		int dot = fileName.lastIndexOf('.');
		return dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
	}

	/** The name as kept: without any directory part or control characters, at most 200 characters. */
	public static String cleanFileName(String fileName) {
		String name = fileName == null ? "" : fileName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.length() > 200) {
			int dot = name.lastIndexOf('.');
			String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
			name = name.substring(0, 200 - ext.length()) + ext;
		}
		return name.isEmpty() ? "attachment" : name;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

}
