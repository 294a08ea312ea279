package org.zhucun.scoring.sheet;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A team's activity for Annex 1 item 2.2: a policy campaign (政策宣传) or a farmers' skills training
 * (农民实用技术培训) with its person-times, entered by the township or the team (BUR-3).
 */
public record TeamActivity(long id, long villageNodeId, Kind kind, LocalDate heldOn, String title, int personTimes,
		String enteredBy, Instant enteredAt) {

	public enum Kind {
		POLICY_CAMPAIGN, SKILLS_TRAINING;

		public String messageKey() {
			return "scoring.activity." + name();
		}
	}

}
