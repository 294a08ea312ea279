package org.zhucun.printing.batch;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhucun.printing.BatchDownloads;

/**
 * The page of one's own batch download: a progress bar that htmx refreshes every second, and the
 * download button once the .zip is ready. Only the user who started the batch sees it.
 */
@Controller
@RequestMapping("/printing/batches")
class BatchPageController {

	private final BatchDownloads batches;

	BatchPageController(BatchDownloads batches) {
		this.batches = batches;
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('PRINT_BATCH')")
	String show(@PathVariable String id, Model model, HttpServletRequest request) {
		model.addAttribute("batch", batches.progress(id));
		model.addAttribute("keptMinutes", batches.retention().toMinutes());
		return "true".equals(request.getHeader("HX-Request")) ? "printing/batch :: state" : "printing/batch";
	}

	@GetMapping("/{id}/download")
	@PreAuthorize("hasAuthority('PRINT_BATCH')")
	ResponseEntity<Resource> download(@PathVariable String id) {
		return BatchZip.response(batches.download(id));
	}

}
