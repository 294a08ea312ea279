package org.zhucun.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.document.rules.ContentSniffer;
import org.zhucun.document.rules.DocumentType;

class ContentSnifferTests {

	private final ContentSniffer sniffer = new ContentSniffer(10L * 1024 * 1024);

	@Test
	@DisplayName("TSK-2, LOG-1 (attachments): an attachment that claims to be a PDF but is an executable (MZ or ELF header) is refused")
	void executableRenamedToPdfIsRefused() {
		assertRefused("报告.pdf", TestFiles.windowsExecutable(), "document.error.executable");
		assertRefused("报告.pdf", TestFiles.linuxExecutable(), "document.error.executable");
		assertRefused("setup.exe", TestFiles.windowsExecutable(), "document.error.executable");
	}

	@Test
	@DisplayName("TSK-2, LOG-1 (attachments): the type is read from the content and the extension must agree with it")
	void typeFromContentExtensionMustAgree() {
		assertThat(sniffer.check("工作日志.pdf", TestFiles.pdf())).isEqualTo(DocumentType.PDF);
		assertThat(sniffer.check("现场.JPG", TestFiles.jpeg())).isEqualTo(DocumentType.JPEG);
		assertThat(sniffer.check("现场.jpeg", TestFiles.jpeg())).isEqualTo(DocumentType.JPEG);
		assertThat(sniffer.check("图.png", TestFiles.png())).isEqualTo(DocumentType.PNG);
		assertThat(sniffer.check("方案.docx", TestFiles.docx())).isEqualTo(DocumentType.DOCX);
		assertThat(sniffer.check("台账.xlsx", TestFiles.xlsx())).isEqualTo(DocumentType.XLSX);

		assertRefused("报告.png", TestFiles.pdf(), "document.error.extensionMismatch");
		assertRefused("报告", TestFiles.pdf(), "document.error.extensionMismatch");
		assertRefused("方案.xlsx", TestFiles.docx(), "document.error.extensionMismatch");
	}

	@Test
	@DisplayName("TSK-2, LOG-1 (attachments): empty files, files over the size limit and other types are refused")
	void emptyTooLargeAndUnknownAreRefused() {
		assertRefused("a.pdf", new byte[0], "document.error.empty");
		assertRefused("a.pdf", null, "document.error.empty");
		byte[] big = new byte[101];
		System.arraycopy(TestFiles.pdf(), 0, big, 0, 5);
		assertThatThrownBy(() -> new ContentSniffer(100).check("a.pdf", big)).isInstanceOf(InvalidInputException.class)
			.hasMessage("document.error.tooLarge");
		assertThat(new ContentSniffer(101).check("a.pdf", big)).isEqualTo(DocumentType.PDF);
		assertRefused("a.txt", "hello".getBytes(), "document.error.unsupported");
		assertRefused("a.html", "<html><script>".getBytes(), "document.error.unsupported");
		assertRefused("a.docx", TestFiles.zip("evil.exe"), "document.error.unsupported");
		assertRefused("a.pdf", "#!/bin/sh\nrm -rf /".getBytes(), "document.error.executable");
	}

	@Test
	@DisplayName("TSK-2, LOG-1 (attachments): a file name keeps no directory part or control characters")
	void fileNamesAreCleaned() {
		assertThat(ContentSniffer.cleanFileName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
		assertThat(ContentSniffer.cleanFileName("C:\\Users\\王\\总结.docx")).isEqualTo("总结.docx");
		assertThat(ContentSniffer.cleanFileName("a\r\nb\".pdf")).isEqualTo("ab.pdf");
		assertThat(ContentSniffer.cleanFileName("")).isEqualTo("attachment");
		assertThat(ContentSniffer.cleanFileName("x".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
	}

	private void assertRefused(String name, byte[] content, String key) {
		assertThatThrownBy(() -> sniffer.check(name, content)).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).fieldProblems().get(0).field()).isEqualTo("file"))
			.hasMessage(key);
	}

}
