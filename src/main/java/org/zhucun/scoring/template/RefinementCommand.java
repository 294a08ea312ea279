package org.zhucun.scoring.template;

import java.util.List;

/** A county's refinement of a template from a year on, with a note on what changed and why. */
public record RefinementCommand(String annex, String county, Integer fromYear, String note, List<TemplateItemCommand> items) {
}
