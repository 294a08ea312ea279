package org.zhucun.scoring.rules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of a scoring template: its code ("2.3", "2.3.1"; a code without a dot is a part, 考评内容),
 * name (考评指标), maximum points (赋分; null where the annex sets none: a part it does not total, or
 * a bonus without a cap), rule text (评分标准), rule kind and evidence source (for a scored line),
 * the rule's parameters, the raters it names, whether it is a bonus, and — for a line whose children
 * do not add up to it — the county's recorded decision to score the remainder as a whole.
 */
public record TemplateItem(String code, String name, BigDecimal maximum, String rule, RuleKind kind,
		EvidenceSource source, Map<String, BigDecimal> params, List<RaterKind> raters, boolean bonus,
		String remainderReason) {

	public TemplateItem {
		params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
		raters = raters == null ? List.of() : List.copyOf(raters);
		remainderReason = remainderReason == null || remainderReason.isBlank() ? null : remainderReason.strip();
	}

	/** The code of the line above this one, or null for a part. */
	public String parentCode() {
		int dot = code.lastIndexOf('.');
		return dot < 0 ? null : code.substring(0, dot);
	}

	public boolean part() {
		return parentCode() == null;
	}

	/** A rule parameter, or an error naming the line when the template lacks it. */
	public BigDecimal param(String key) {
		BigDecimal v = params.get(key);
		if (v == null) {
			throw new IllegalStateException("Item " + code + " has no parameter " + key);
		}
		return v;
	}

	/** The parameters as stored and edited: {@code key=value;key=value}. */
	public String paramsText() {
		StringBuilder b = new StringBuilder();
		params.forEach((k, v) -> b.append(b.isEmpty() ? "" : ";").append(k).append('=').append(v.toPlainString()));
		return b.toString();
	}

	/** Parses {@code key=value;key=value}; an empty text has no parameters. */
	public static Map<String, BigDecimal> parseParams(String text) {
		Map<String, BigDecimal> params = new LinkedHashMap<>();
		if (text == null || text.isBlank()) {
			return params;
		}
		for (String pair : text.split("[;；]")) {
			if (pair.isBlank()) {
				continue;
			}
			String[] kv = pair.split("=", 2);
			if (kv.length != 2 || kv[0].isBlank()) {
				throw new IllegalArgumentException(pair);
			}
			params.put(kv[0].strip(), new BigDecimal(kv[1].strip()));
		}
		return params;
	}

	public TemplateItem withRemainderReason(String reason) {
		return new TemplateItem(code, name, maximum, rule, kind, source, params, raters, bonus, reason);
	}

}
