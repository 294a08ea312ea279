package org.zhucun.assessment.chain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.assessment.rules.ExcellentQuotaRule;
import org.zhucun.common.scope.DataScope;
import org.zhucun.common.web.ConflictException;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.PlaceSummary;
import org.zhucun.organisation.UnitLevel;
import org.zhucun.organisation.UnitSummary;
import org.zhucun.personnel.PostingPeriod;
import org.zhucun.personnel.Postings;
import org.zhucun.policy.PolicyKey;
import org.zhucun.policy.PolicyParameters;

/**
 * ASM-6, SEC-8: the 15 % limit on annual 优秀 per level of dispatch. People sent by region-level
 * units count against the region's limit, city-level units against their city's, county-level units
 * against their county's; the total is the people of that level posted in the year. A place is taken
 * under a row lock on (level node, year), so that concurrent proposals never exceed the limit.
 */
@Component
class QuotaLedger {

	private final AssessmentRepository assessments;

	private final OrganisationDirectory organisation;

	private final Postings postings;

	private final PolicyParameters policy;

	private final JdbcTemplate jdbc;

	QuotaLedger(AssessmentRepository assessments, OrganisationDirectory organisation, Postings postings,
			PolicyParameters policy, JdbcTemplate jdbc) {
		this.assessments = assessments;
		this.organisation = organisation;
		this.postings = postings;
		this.policy = policy;
		this.jdbc = jdbc;
	}

	/** The limit of a level node in a year: used / allowed, with the arithmetic. */
	public record Usage(long levelNodeId, String levelName, UnitLevel level, int dispatched, int percent, int allowed,
			long used, String arithmetic) {

		public boolean full() {
			return used >= allowed;
		}

	}

	/** The level node whose limit an assessment of this person counts against: by the unit's level. */
	Optional<PlaceSummary> levelNode(Assessment a) {
		return levelNode(a.getUnitId(), a.getVillageNodeId());
	}

	Optional<PlaceSummary> levelNode(long unitId, long villageNodeId) {
		UnitLevel level = organisation.unit(unitId).map(UnitSummary::level).orElse(UnitLevel.COUNTY);
		return organisation.placesOnPath(villageNodeId)
			.stream()
			.filter(p -> p.level() == level.nodeLevel())
			.findFirst();
	}

	Optional<Usage> usage(Assessment a) {
		return levelNode(a).map(node -> usage(node, a.getYear()));
	}

	Usage usage(PlaceSummary node, int year) {
		UnitLevel level = java.util.Arrays.stream(UnitLevel.values())
			.filter(l -> l.nodeLevel() == node.level())
			.findFirst()
			.orElse(UnitLevel.COUNTY);
		var villages = organisation.villageIdsWithin(DataScope.subtree(node.path()));
		Map<Long, Optional<UnitLevel>> levels = new HashMap<>();
		int dispatched = villages.isEmpty() ? 0
				: (int) postings.postedIn(villages, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
					.stream()
					.filter(p -> levels.computeIfAbsent(p.unitId(), u -> organisation.unit(u).map(UnitSummary::level))
						.filter(l -> l == level)
						.isPresent())
					.map(PostingPeriod::personId)
					.collect(Collectors.toSet())
					.size();
		int percent = policy.value(PolicyKey.ASSESSMENT_EXCELLENT_PERCENT, node.id(), year);
		int allowed = ExcellentQuotaRule.allowed(dispatched, percent);
		return new Usage(node.id(), node.name(), level, dispatched, percent, allowed,
				assessments.countQuotaHolders(year, node.id()), ExcellentQuotaRule.arithmetic(dispatched, percent));
	}

	/**
	 * Takes a place of the limit for this annual 优秀, or refuses with used / allowed. Runs in the
	 * caller's transaction, whose commit releases the lock.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void take(Assessment a) {
		if (a.getQuotaNodeId() != null) {
			return;
		}
		PlaceSummary node = levelNode(a).orElseThrow(() -> new ConflictException("assessment.error.noLevel"));
		jdbc.update("insert into assessment_quota (level_node_id, period_year) values (?, ?) on conflict do nothing",
				node.id(), a.getYear());
		jdbc.queryForObject("select level_node_id from assessment_quota where level_node_id = ? and period_year = ? for update",
				Long.class, node.id(), a.getYear());
		Usage usage = usage(node, a.getYear());
		long used = assessments.countQuotaHolders(a.getYear(), node.id(), a.getId());
		if (used >= usage.allowed()) {
			throw new ConflictException("assessment.error.quotaFull", node.name(), String.valueOf(used),
					String.valueOf(usage.allowed()), usage.arithmetic());
		}
		a.holdQuota(node.id());
	}

	void release(Assessment a) {
		a.holdQuota(null);
	}

}
