package org.zhucun.scoring.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhucun.scoring.rules.ItemFacts;
import org.zhucun.scoring.rules.Points;
import org.zhucun.scoring.rules.RuleKind;
import org.zhucun.scoring.rules.SheetEvaluator;
import org.zhucun.scoring.rules.TemplateCheck;
import org.zhucun.scoring.rules.TemplateItem;
import org.zhucun.scoring.sheet.FilledSheet;
import org.zhucun.scoring.sheet.SheetCalculator;
import org.zhucun.scoring.template.ScoringTemplate;

/**
 * A filled sheet in words for the page, the API and the workbook (SCO-X, FRM-2): every line with its
 * part (考评内容), name, maximum, score, rule, arithmetic, evidence and raters' scores, and the
 * template's flags.
 */
@Component
public class SheetView {

	private static final Pattern KEY = Pattern.compile("[a-z]+(\\.[A-Za-z_]+)+");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final MessageSource messages;

	private final SheetCalculator calculator;

	SheetView(MessageSource messages, SheetCalculator calculator) {
		this.messages = messages;
		this.calculator = calculator;
	}

	/** The sheet in words. */
	public record Sheet(String subject, long subjectId, String name, String role, String villageCode, String villageName,
			String unitName, int year, String annex, long templateId, String templateText, List<String> flags,
			boolean consistent, String base, String bonus, String total, boolean complete, List<Row> rows) {
	}

	/** One line: {@code part} is the 考评内容 of its part; {@code rated} when raters score it. */
	public record Row(String code, int depth, boolean part, String partName, String name, String maximum, String score,
			boolean waiting, String rule, String arithmetic, List<Evidence> evidence, List<Score> raterScores,
			List<String> raters, List<String> raterLabels, boolean rated) {
	}

	public record Evidence(String text, String href) {
	}

	public record Score(String rater, String name, String score, String reason, String enteredBy, String enteredAt) {
	}

	public Sheet of(FilledSheet sheet, Locale locale) {
		ScoringTemplate t = sheet.template();
		List<Row> rows = new ArrayList<>();
		String partName = "";
		for (SheetEvaluator.Line line : sheet.lines()) {
			TemplateItem item = line.item();
			if (item.part()) {
				partName = item.name();
			}
			rows.add(row(line, partName, locale));
		}
		String scope = text(t.regionDefault() ? "scoring.sheet.regionDefault" : "scoring.sheet.countyRefinement", locale);
		String templateText = text("scoring.sheet.template", locale, t.title(), scope, String.valueOf(t.revision()),
				String.valueOf(t.fromYear()));
		var f = sheet.filled();
		return new Sheet(sheet.subject().name(), sheet.subjectId(), sheet.subjectName(),
				sheet.role() == null ? "" : text(sheet.role().messageKey(), locale), sheet.villageCode(), sheet.villageName(),
				sheet.unitName(), sheet.year(), text(t.annex().messageKey(), locale), t.id(), templateText,
				calculator.flags(sheet, locale), TemplateCheck.consistent(t.flags()), Points.text(f.base()), Points.text(f.bonus()),
				Points.text(f.total()), f.complete(), rows);
	}

	/** The template's flags in words (SCO-A1: the inconsistency named by its item). */
	public List<String> flags(List<TemplateCheck.Flag> flags, Locale locale) {
		return calculator.flags(flags, locale);
	}

	private Row row(SheetEvaluator.Line line, String partName, Locale locale) {
		TemplateItem item = line.item();
		String maximum = item.maximum() != null ? Points.text(item.maximum())
				: item.bonus() && !item.part() ? text("scoring.unlimited", locale) : "";
		String score = line.waiting() ? text("scoring.pending", locale)
				: item.kind() == RuleKind.RATER_MEAN ? line.score().toPlainString() : Points.text(line.score());
		ItemFacts facts = line.facts();
		List<Evidence> evidence = facts == null ? List.of()
				: facts.links().stream().map(l -> new Evidence(link(l, locale), l.href())).toList();
		List<Score> scores = facts == null ? List.of()
				: facts.raterScores()
					.stream()
					.map(s -> new Score(text(s.raterKind().messageKey(), locale), s.raterName(), Points.text(s.score()),
							s.reason() == null ? "" : s.reason(), s.enteredBy(), WHEN.format(s.scoredAt())))
					.toList();
		return new Row(item.code(), line.depth(), item.part(), partName, item.name(), maximum, score, line.waiting(),
				item.rule() == null ? "" : item.rule(), calculator.arithmetic(line, locale), evidence, scores,
				item.raters().stream().map(Enum::name).toList(),
				item.raters().stream().map(r -> text(r.messageKey(), locale)).toList(), item.kind() == RuleKind.RATER_MEAN);
	}

	private String link(ItemFacts.Link link, Locale locale) {
		Object[] args = link.args()
			.stream()
			.map(a -> a instanceof String s && KEY.matcher(s).matches() ? text(s, locale) : a instanceof Number n ? n.toString() : a)
			.toArray();
		return text(link.labelKey(), locale, args);
	}

	String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
