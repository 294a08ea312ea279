package org.zhucun.scoring.sheet;

import java.util.List;

import org.zhucun.personnel.AssignmentRole;
import org.zhucun.scoring.rules.SheetEvaluator;
import org.zhucun.scoring.rules.TemplateCheck;
import org.zhucun.scoring.template.ScoringTemplate;

/**
 * A filled sheet (SCO-A1/A2/A3, SCO-X, FRM-2): whose it is (a person, or the team of a village), the
 * year, the template and its validation flags, and every line with its score, arithmetic, evidence
 * and raters' scores.
 */
public record FilledSheet(Subject subject, long subjectId, String subjectName, AssignmentRole role, long villageNodeId,
		String villageCode, String villageName, String unitName, int year, ScoringTemplate template,
		SheetEvaluator.Filled filled) {

	public List<TemplateCheck.Flag> flags() {
		return template.flags();
	}

	public List<SheetEvaluator.Line> lines() {
		return filled.lines();
	}

}
