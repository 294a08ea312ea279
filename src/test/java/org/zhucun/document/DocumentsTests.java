package org.zhucun.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhucun.IntegrationTest;
import org.zhucun.RunAs;
import org.zhucun.common.web.InvalidInputException;

@IntegrationTest
class DocumentsTests {

	@Autowired
	Documents documents;

	@Autowired
	MessageSource messages;

	@Autowired
	UserDetailsService accounts;

	@Test
	@DisplayName("TSK-2, LOG-1 (attachments): a stored document keeps its bytes, sniffed type, name, size, SHA-256 and uploader, and is handed out as a download")
	void storeAndRead() {
		byte[] pdf = TestFiles.pdf();
		DocumentRef ref = new RunAs(accounts).as("cadre-wang", () -> documents.store("C:\\tmp\\民情日记.pdf", pdf));

		StoredDocument read = documents.read(ref.id()).orElseThrow();
		assertThat(read.content()).isEqualTo(pdf);
		assertThat(read.ref().fileName()).isEqualTo("民情日记.pdf");
		assertThat(read.ref().contentType()).isEqualTo("application/pdf");
		assertThat(read.ref().size()).isEqualTo(pdf.length);
		assertThat(read.ref().sha256()).hasSize(64).isEqualTo(ref.sha256());
		assertThat(read.ref().uploadedBy()).isEqualTo("王建国");
		assertThat(documents.describe(List.of(ref.id(), -1L))).containsExactly(ref);

		ResponseEntity<byte[]> response = DocumentResponses.attachment(read);
		assertThat(response.getHeaders().getFirst("Content-Disposition")).startsWith("attachment;");
		assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeaders().getContentType()).hasToString("application/pdf");
		assertThat(response.getBody()).isEqualTo(pdf);
	}

	@Test
	@DisplayName("TSK-2, LOG-1 (attachments): an attachment that claims to be a PDF but is an executable is refused with a Chinese message, and nothing is stored")
	void executableIsRefused() {
		assertThatThrownBy(() -> documents.store("工作总结.pdf", TestFiles.windowsExecutable()))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(
					messages.getMessage(ex.getMessage(), null, Locale.SIMPLIFIED_CHINESE)).contains("可执行程序"));
		assertThatThrownBy(() -> documents.store("工作总结.pdf", TestFiles.linuxExecutable()))
			.isInstanceOf(InvalidInputException.class);
	}

}
