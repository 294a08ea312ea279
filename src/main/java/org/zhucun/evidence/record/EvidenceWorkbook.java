package org.zhucun.evidence.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhucun.common.excel.XlsxTemplates;

/** The year's bonus evidence as .xlsx (Annex 1–3), one row a record with its state and whether it counts. */
@Component
class EvidenceWorkbook {

	private static final String[] TITLES = { "evidence.kind", "evidence.village", "evidence.person", "evidence.level",
			"evidence.occurredOn", "evidence.titleField", "evidence.amount", "evidence.source", "evidence.link",
			"evidence.state", "evidence.decidedBy", "evidence.counts" };

	private final MessageSource messages;

	EvidenceWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] export(List<EvidenceService.Row> rows, Locale locale) {
		return XlsxTemplates.write(workbook -> XlsxTemplates.table(workbook, text("evidence.title", locale),
				java.util.Arrays.stream(TITLES).map(t -> text(t, locale)).toList(),
				rows.stream().map(r -> row(r, locale)).toList()));
	}

	private List<Object> row(EvidenceService.Row r, Locale locale) {
		Evidence e = r.evidence();
		List<Object> v = new ArrayList<>();
		v.add(text(e.getKind().messageKey(), locale));
		v.add(r.villageName());
		v.add(e.getPersonName());
		v.add(e.getLevel() == null ? null : text(e.getLevel().messageKey(), locale));
		v.add(e.getOccurredOn());
		v.add(e.getTitle());
		v.add(e.getAmount());
		v.add(e.getFundSource() == null ? null : text(e.getFundSource().messageKey(), locale));
		v.add(e.getLink());
		v.add(text(e.getState().messageKey(), locale)
				+ (e.getRefusalReason() == null ? "" : "（" + e.getRefusalReason() + "）"));
		v.add(e.getDecidedBy());
		v.add(text(e.getCountingReason(), locale));
		return v;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
