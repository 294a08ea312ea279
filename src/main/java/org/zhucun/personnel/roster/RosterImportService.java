package org.zhucun.personnel.roster;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports a roster from an uploaded .xlsx (PER-5): refuses a file that is missing, too large or not a
 * readable .xlsx, reads it outside any transaction (a large file holds no database connection while
 * it is parsed), then hands the rows to {@link RosterImporter}. The limits are
 * {@code zhucun.roster-import.max-rows} (2000) and {@code zhucun.roster-import.max-file-size} (2 MB).
 */
@Service
class RosterImportService {

	static final String MAX_ROWS = "${zhucun.roster-import.max-rows:2000}";

	static final String MAX_FILE_SIZE = "${zhucun.roster-import.max-file-size:2MB}";

	/** The planned term of a posting whose end is left blank (Art. 4, POL-1). */
	static final String TERM_YEARS = "${zhucun.policy.first-secretary-term-years:2}";

	private static final Logger log = LoggerFactory.getLogger(RosterImportService.class);

	private final RosterReader reader;

	private final RosterImporter importer;

	private final int maxRows;

	private final DataSize maxFileSize;

	RosterImportService(RosterVocabulary vocabulary, RosterImporter importer, @Value(MAX_ROWS) int maxRows,
			@Value(MAX_FILE_SIZE) DataSize maxFileSize) {
		this.reader = new RosterReader(vocabulary, maxRows);
		this.importer = importer;
		this.maxRows = maxRows;
		this.maxFileSize = maxFileSize;
	}

	int maxRows() {
		return maxRows;
	}

	/** The file size limit as the user reads it: "2 MB". */
	String maxFileSize() {
		return maxFileSize.toKilobytes() % 1024 == 0 ? maxFileSize.toMegabytes() + " MB" : maxFileSize.toKilobytes() + " KB";
	}

	RosterOutcome importFile(MultipartFile file) {
		if (file == null || file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename())) {
			return RosterOutcome.rejected(RosterProblem.ofFile("roster.file.missing"));
		}
		if (file.getSize() > maxFileSize.toBytes()) {
			return RosterOutcome.rejected(RosterProblem.ofFile("roster.file.tooLarge", maxFileSize()));
		}
		List<RosterRow> rows;
		try (InputStream in = file.getInputStream()) {
			rows = reader.read(in);
		}
		catch (RosterFileException ex) {
			return RosterOutcome.rejected(ex.problem());
		}
		catch (IOException ex) {
			return RosterOutcome.rejected(RosterProblem.ofFile("roster.file.malformed"));
		}
		try {
			return importer.importRows(rows);
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
			// the database refused a row the check let through (a unique index, a deadlock): a concurrent
			// change; all was rolled back
			log.info("Roster import rolled back by the database: {}", ex.getClass().getSimpleName());
			return RosterOutcome.rejected(RosterProblem.ofFile("roster.file.concurrentChange"));
		}
	}

}
