package org.zhucun.assessment.chain;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.zhucun.assessment.AssessmentResults.AssessmentSheet;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.printing.BatchDownloads;
import org.zhucun.printing.BatchProgress;
import org.zhucun.printing.NamedFile;

/**
 * FRM-1: a township's filled forms of a quarter (Annex 4) or of a year (Annex 5, quarter 0) in one
 * .zip, built in the background by the printing module with a progress page. Only the villages of
 * the township inside the user's scope are printed; a township outside it is "not found" (ORG-5),
 * and each form is checked again as it is made.
 */
@Service
public class FormBatches {

	private final AssessmentService service;

	private final AssessmentPrints prints;

	private final BatchDownloads batches;

	private final OrganisationDirectory organisation;

	private final MessageSource messages;

	FormBatches(AssessmentService service, AssessmentPrints prints, BatchDownloads batches,
			OrganisationDirectory organisation, MessageSource messages) {
		this.service = service;
		this.prints = prints;
		this.batches = batches;
		this.organisation = organisation;
		this.messages = messages;
	}

	/** Starts the batch of the township's forms of the period ({@code quarter} 0: the annual forms). */
	public BatchProgress start(long townshipId, int year, int quarter, AssessmentPrints.Format format) {
		if (quarter < 0 || quarter > 4) {
			throw new InvalidInputException("quarter", "assessment.error.quarter");
		}
		if (format == null) {
			throw new InvalidInputException("format", "assessment.error.format");
		}
		Set<Long> villages = service.villagesOfTownship(townshipId);
		List<AssessmentSheet> sheets = service.sheets(villages, year, quarter);
		if (sheets.isEmpty()) {
			throw new InvalidInputException("quarter", "assessment.batch.none");
		}
		List<Supplier<NamedFile>> files = sheets.stream()
			.<Supplier<NamedFile>>map(s -> () -> prints.form(s.id(), format))
			.toList();
		String township = organisation.placesOnPath(townshipId)
			.stream()
			.reduce((first, second) -> second)
			.map(p -> p.name())
			.orElse("");
		String period = AssessmentPrints.period(year, quarter);
		String title = messages.getMessage(quarter == 0 ? "assessment.batch.annual" : "assessment.batch.quarterly",
				new Object[] { township, period, format.label() }, LocaleContextHolder.getLocale());
		return batches.start(title, title, files);
	}

}
