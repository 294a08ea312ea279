package org.zhucun.scoring.template;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a county's refinement as entered (SCO-A1/A2/A3): code, name, maximum (blank: none),
 * rule text, rule kind and evidence source (kept from the template it refines; a new line is scored by
 * raters), parameters as {@code key=value;…}, raters, bonus, the reason for scoring the remainder of
 * the line as a whole, and whether to remove it.
 */
public record TemplateItemCommand(String code, String name, BigDecimal maximum, String rule, String kind, String source,
		String params, List<String> raters, Boolean bonus, String remainderReason, Boolean remove) {
}
