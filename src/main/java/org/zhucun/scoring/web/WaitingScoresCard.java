package org.zhucun.scoring.web;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhucun.common.ui.WorkbenchCard;
import org.zhucun.common.ui.WorkbenchContributor;
import org.zhucun.scoring.sheet.SheetService;

/**
 * BUR-3, SCO-A1/A2/A3: for a rater's office, the items of this year's sheets in its scope that wait
 * for a score of a rater the office enters, with a link to the sheets.
 */
@Component
class WaitingScoresCard implements WorkbenchContributor {

	private final SheetService sheets;

	WaitingScoresCard(SheetService sheets) {
		this.sheets = sheets;
	}

	@Override
	public List<WorkbenchCard> cards(Authentication user) {
		if (user.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals("SCORING_RATE"))) {
			return List.of();
		}
		int year = sheets.today().getYear();
		long waiting = sheets.waitingForMyOffice(year);
		return waiting == 0 ? List.of()
				: List.of(new WorkbenchCard(39, "scoring.card.title", waiting,
						List.of(new WorkbenchCard.Line("scoring.card.line", String.valueOf(year))), "/scoring?year=" + year));
	}

}
