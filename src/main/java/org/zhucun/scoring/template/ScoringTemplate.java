package org.zhucun.scoring.template;

import java.time.Instant;
import java.util.List;

import org.zhucun.scoring.rules.Annex;
import org.zhucun.scoring.rules.TemplateCheck;
import org.zhucun.scoring.rules.TemplateItem;

/**
 * A stored scoring template (SCO-A1/A2/A3, POL-1): the region's default ({@code countyNodeId} null,
 * the seed) or a county's refinement, in force from {@code fromYear} until a later one; a later
 * revision with the same first year replaces an earlier one for those years. Never changed once
 * stored: a change is a new revision, so a past year keeps the rules it was scored with.
 */
public record ScoringTemplate(long id, Annex annex, Long countyNodeId, int fromYear, int revision, String title,
		String note, Long basedOnId, String createdBy, Instant createdAt, List<TemplateItem> items) {

	public boolean regionDefault() {
		return countyNodeId == null;
	}

	/** The template's validation flags (points that do not add up, remainders scored as a whole). */
	public List<TemplateCheck.Flag> flags() {
		return TemplateCheck.check(items);
	}

	/** "ANNEX1 r2": the code and revision a filled sheet names. */
	public String code() {
		return annex.code();
	}

}
