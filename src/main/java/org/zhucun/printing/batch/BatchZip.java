package org.zhucun.printing.batch;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.zhucun.printing.BatchDownloads;

/** A finished batch's .zip as a download response. */
final class BatchZip {

	static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private BatchZip() {
	}

	static ResponseEntity<Resource> response(BatchDownloads.Download download) {
		long size = download.size();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(download.fileName(), StandardCharsets.UTF_8).build().toString())
			.contentType(ZIP)
			.contentLength(size)
			.body(new FileSystemResource(download.file()));
	}

}
