package org.zhucun.scoring.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.zhucun.common.excel.XlsxTemplates;
import org.zhucun.personnel.PostingPeriod;
import org.zhucun.printing.BatchDownloads;
import org.zhucun.printing.BatchProgress;
import org.zhucun.printing.NamedFile;
import org.zhucun.printing.SheetPrint;
import org.zhucun.printing.SheetPrints;
import org.zhucun.scoring.rules.SheetEvaluator;
import org.zhucun.scoring.rules.TemplateItem;
import org.zhucun.scoring.sheet.FilledSheet;
import org.zhucun.scoring.sheet.SheetCalculator;
import org.zhucun.scoring.sheet.SheetService;
import org.zhucun.scoring.sheet.Subject;

/**
 * A filled sheet as a file (FRM-2, SCO-X): the PDF in the annex's columns with every item's score
 * and arithmetic, the items still waiting and the template's flags as notes; the .xlsx; and all the
 * sheets of a township's people and teams for a year as one .zip built in the background. The same
 * filled sheet as the page shows: the callers have fetched it through {@link SheetService}, within
 * the user's data scope.
 */
@Component
class SheetFiles {

	private final SheetService sheets;

	private final SheetCalculator calculator;

	private final SheetView views;

	private final SheetWorkbook workbook;

	private final SheetPrints prints;

	private final BatchDownloads batches;

	private final MessageSource messages;

	SheetFiles(SheetService sheets, SheetCalculator calculator, SheetView views, SheetWorkbook workbook, SheetPrints prints,
			BatchDownloads batches, MessageSource messages) {
		this.sheets = sheets;
		this.calculator = calculator;
		this.views = views;
		this.workbook = workbook;
		this.prints = prints;
		this.batches = batches;
		this.messages = messages;
	}

	/** The sheet to print: each item under its section (a part without items stands for itself). */
	SheetPrint print(FilledSheet sheet, Locale locale) {
		List<SheetPrint.Row> rows = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		List<SheetEvaluator.Line> lines = sheet.lines();
		String section = "";
		for (int i = 0; i < lines.size(); i++) {
			SheetEvaluator.Line line = lines.get(i);
			TemplateItem item = line.item();
			boolean hasItems = i + 1 < lines.size() && item.code().equals(lines.get(i + 1).item().parentCode());
			if (item.part()) {
				section = item.name();
				if (hasItems) {
					continue;
				}
			}
			String name = item.part() ? item.name() : item.code() + " " + item.name();
			rows.add(new SheetPrint.Row(section, name, item.maximum(), item.rule() == null ? "" : item.rule(),
					line.waiting() ? null : line.score(), calculator.arithmetic(line, locale)));
			if (line.waiting() && !line.sum()) {
				notes.add(text(locale, "scoring.print.waiting", item.code(), item.name(),
						calculator.waiting(line.outcome().waiting(), locale)));
			}
		}
		var filled = sheet.filled();
		if (!filled.complete()) {
			notes.add(0, text(locale, "scoring.print.incomplete"));
		}
		calculator.flags(sheet, locale).forEach(flag -> notes.add(text(locale, "scoring.print.flag", flag)));
		String subject = sheet.subject() == Subject.TEAM ? text(locale, "scoring.print.team", sheet.villageName())
				: text(locale, "scoring.print.person", sheet.subjectName(), sheet.villageName(),
						sheet.role() == null ? "" : text(locale, sheet.role().messageKey()));
		return new SheetPrint(sheet.template().title(), subject, sheet.year(), views.of(sheet, locale).templateText(), rows,
				filled.base(), filled.bonus(), filled.total(), notes);
	}

	/** The sheet as PDF, named after its year, subject and annex title. */
	NamedFile pdf(FilledSheet sheet) {
		SheetPrint print = print(sheet, LocaleContextHolder.getLocale());
		return new NamedFile(SheetPrints.fileName(print), prints.pdf(print));
	}

	/** The sheet as .xlsx, as exported from its page. */
	NamedFile xlsx(FilledSheet sheet) {
		Locale locale = LocaleContextHolder.getLocale();
		SheetView.Sheet view = views.of(sheet, locale);
		return new NamedFile(text(locale, "scoring.export.fileName", view.name(), String.valueOf(view.year())),
				workbook.write(view, locale));
	}

	static ResponseEntity<byte[]> pdfResponse(NamedFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.body(file.content());
	}

	static ResponseEntity<byte[]> xlsxResponse(NamedFile file) {
		return XlsxTemplates.attachment(file.name(), file.content());
	}

	/**
	 * Starts the batch of every sheet (PDF and .xlsx) of a township's people and teams for the year;
	 * refused (404) unless the user's scope covers the township. Each file is made as the user.
	 */
	BatchProgress batch(String townshipCode, int year) {
		SheetService.TownshipSheets township = sheets.township(townshipCode, year);
		List<Supplier<NamedFile>> files = new ArrayList<>();
		township.villages().forEach(v -> both(files, once(() -> sheets.team(v.code(), year))));
		for (PostingPeriod p : township.people()) {
			both(files, once(() -> sheets.person(p.personId(), year)));
		}
		String title = text(LocaleContextHolder.getLocale(), "scoring.batch.title", township.township().name(),
				String.valueOf(year));
		return batches.start(title, title, files);
	}

	/** The sheet's PDF and its .xlsx, one after the other, from one computation of the sheet. */
	private void both(List<Supplier<NamedFile>> files, Supplier<FilledSheet> sheet) {
		files.add(() -> pdf(sheet.get()));
		files.add(() -> xlsx(sheet.get()));
	}

	/** The sheet computed when first asked for (in the batch's thread, as the user), then kept. */
	private static Supplier<FilledSheet> once(Supplier<FilledSheet> compute) {
		return new Supplier<>() {

			private FilledSheet sheet;

			@Override
			public synchronized FilledSheet get() {
				if (sheet == null) {
					sheet = compute.get();
				}
				return sheet;
			}

		};
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
