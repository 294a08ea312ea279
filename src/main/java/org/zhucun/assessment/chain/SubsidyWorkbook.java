package org.zhucun.assessment.chain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhucun.common.excel.XlsxTemplates;

/** SUB-1: the meal subsidy statement as .xlsx for the dispatching units' finance offices, a row per person and quarter, a total per unit. */
@Component
class SubsidyWorkbook {

	private static final String[] TITLES = { "assessment.subsidy.unit", "assessment.person", "assessment.village",
			"assessment.quarter", "assessment.grade", "assessment.subsidy.days", "assessment.subsidy.rate",
			"assessment.subsidy.amount", "assessment.subsidy.arithmetic" };

	private final MessageSource messages;

	SubsidyWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] export(List<ResultLists.UnitStatement> statements, int year, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		for (ResultLists.UnitStatement s : statements) {
			for (ResultLists.SubsidyRow r : s.rows()) {
				List<Object> v = new ArrayList<>();
				v.add(r.unitName());
				v.add(r.posting().personName());
				v.add(r.villageName());
				v.add(text("assessment.quarter.value", locale, String.valueOf(year), r.quarter()));
				v.add(r.grade() == null ? text("assessment.grade.none", locale) : text(r.grade().wordingKey(r.civilServant()), locale));
				v.add(r.subsidy().residentDays());
				v.add(r.subsidy().yuanPerDay());
				v.add(r.subsidy().amount());
				v.add(text(r.subsidy().messageKey(), locale, String.valueOf(r.subsidy().residentDays()),
						String.valueOf(r.subsidy().yuanPerDay()), r.subsidy().amountText()));
				rows.add(v);
			}
			rows.add(Arrays.asList(s.unitName(), text("assessment.subsidy.total", locale), null, null, null, null, null,
					s.total(), null));
		}
		return XlsxTemplates.write(workbook -> XlsxTemplates.table(workbook, text("assessment.subsidy.title", locale),
				Arrays.stream(TITLES).map(t -> text(t, locale)).toList(), rows));
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
