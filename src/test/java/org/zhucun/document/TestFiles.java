package org.zhucun.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, built in memory, for the attachment tests. */
public final class TestFiles {

	private TestFiles() {
	}

	public static byte[] pdf() {
		return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
	}

	/** The first bytes of a Windows executable (the DOS header "MZ"). */
	public static byte[] windowsExecutable() {
		byte[] bytes = new byte[256];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		bytes[0x80] = 'P';
		bytes[0x81] = 'E';
		return bytes;
	}

	/** The first bytes of a Linux executable (ELF). */
	public static byte[] linuxExecutable() {
		byte[] bytes = new byte[64];
		bytes[0] = 0x7F;
		bytes[1] = 'E';
		bytes[2] = 'L';
		bytes[3] = 'F';
		return bytes;
	}

	public static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
	}

	public static byte[] jpeg() {
		return new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0 };
	}

	public static byte[] docx() {
		return zip("[Content_Types].xml", "word/document.xml");
	}

	public static byte[] xlsx() {
		return zip("[Content_Types].xml", "xl/workbook.xml");
	}

	public static byte[] zip(String... entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
