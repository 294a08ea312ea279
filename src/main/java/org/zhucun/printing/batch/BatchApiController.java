package org.zhucun.printing.batch;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhucun.printing.BatchDownloads;
import org.zhucun.printing.BatchProgress;

/** One's own batch downloads in JSON: the progress, and the .zip once finished (FRM-1/2). */
@RestController
@RequestMapping("/api/v1/printing/batches")
@Tag(name = "Printed forms", description = "Batch downloads of printed forms (.zip) with their progress")
class BatchApiController {

	private final BatchDownloads batches;

	BatchApiController(BatchDownloads batches) {
		this.batches = batches;
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('PRINT_BATCH')")
	@Operation(summary = "The progress of one of one's own batches: files done of total, failed, finished")
	BatchProgress progress(@PathVariable String id) {
		return batches.progress(id);
	}

	@GetMapping("/{id}/download")
	@PreAuthorize("hasAuthority('PRINT_BATCH')")
	@Operation(summary = "The .zip of one of one's own finished batches (409 while it is still being built)")
	ResponseEntity<Resource> download(@PathVariable String id) {
		return BatchZip.response(batches.download(id));
	}

}
