package org.zhucun.document;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The response that hands a document to a user, for the owning module's controller after its own
 * permission and scope checks: always a download ({@code Content-Disposition: attachment}, never
 * rendered inline), the type stored at upload (sniffed from the content, not the client's claim),
 * {@code X-Content-Type-Options: nosniff} and no caching in shared caches.
 */
public final class DocumentResponses {

	private DocumentResponses() {
	}

	public static ResponseEntity<byte[]> attachment(StoredDocument document) {
		DocumentRef ref = document.ref();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ref.contentType()))
			.contentLength(ref.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(ref.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(document.content());
	}

}
