package org.zhucun.organisation.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports the administrative tree from an uploaded .xlsx (ORG-1/2): reads the file outside any
 * transaction (a large file holds no database connection while it is parsed), then hands the rows
 * to {@link TreeImporter}. The row limit is {@code zhucun.org-import.max-rows} (default 5000).
 */
@Service
class OrgImportService {

	/** The most data rows one file may hold. */
	static final String MAX_ROWS = "${zhucun.org-import.max-rows:5000}";

	private final WorkbookReader reader;

	private final TreeImporter importer;

	private final int maxRows;

	OrgImportService(ImportVocabulary vocabulary, TreeImporter importer,
			@Value(MAX_ROWS) int maxRows) {
		this.reader = new WorkbookReader(vocabulary, maxRows);
		this.importer = importer;
		this.maxRows = maxRows;
	}

	int maxRows() {
		return maxRows;
	}

	ImportOutcome importFile(MultipartFile file) {
		if (file == null || file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename())) {
			return ImportOutcome.rejected(ImportProblem.ofFile("import.file.missing"));
		}
		List<ImportRow> rows;
		try (InputStream in = file.getInputStream()) {
			rows = reader.read(in);
		}
		catch (ImportFileException ex) {
			return ImportOutcome.rejected(ex.problem());
		}
		catch (IOException ex) {
			return ImportOutcome.rejected(ImportProblem.ofFile("import.file.malformed"));
		}
		try {
			return importer.importRows(rows);
		}
		catch (ImportRefusedException ex) {
			return ImportOutcome.rejected(ex.problems());
		}
	}

}
