package org.zhucun.personnel.assignment;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.personnel.ReplacementRequests;
import org.zhucun.personnel.ReplacementTrigger;

/**
 * Replacement requests opened by rules (PER-4): at most one open per posting and trigger; the
 * withdrawal of the posting closes them ({@link AssignmentService#withdraw}).
 */
@Component
@Transactional
public class JpaReplacementRequests implements ReplacementRequests {

	private final ReplacementRequestRepository requests;

	private final AssignmentRepository assignments;

	private final OrganisationDirectory organisation;

	private final DataScopeProvider scopes;

	private final Clock clock;

	JpaReplacementRequests(ReplacementRequestRepository requests, AssignmentRepository assignments,
			OrganisationDirectory organisation, DataScopeProvider scopes, Clock clock) {
		this.requests = requests;
		this.assignments = assignments;
		this.organisation = organisation;
		this.scopes = scopes;
		this.clock = clock;
	}

	@Override
	public boolean open(long personId, ReplacementTrigger trigger, String reason) {
		var posting = assignments.findByPersonIdOrderByStartDateDesc(personId)
			.stream()
			.filter(Assignment::isActive)
			.findFirst();
		if (posting.isEmpty() || requests.existsByAssignmentIdAndTriggerAndClosedAtIsNull(posting.get().getId(), trigger)) {
			return false;
		}
		try {
			requests.saveAndFlush(new ReplacementRequest(posting.get(), trigger, reason, clock.instant()));
			return true;
		}
		catch (DataIntegrityViolationException ex) {
			// opened at the same moment by another transaction: one request is enough
			return false;
		}
	}

	/** The open requests in the user's villages or of the user's dispatching units (ORG-5). */
	@Transactional(readOnly = true)
	public List<ReplacementRequest> openInScope() {
		var scope = scopes.currentScope();
		Collection<Long> villages = organisation.villageIdsWithin(scope);
		Collection<Long> units = organisation.unitIdsWithin(scope);
		Map<Long, ReplacementRequest> open = new LinkedHashMap<>();
		if (!villages.isEmpty()) {
			requests.findByVillageNodeIdInAndClosedAtIsNullOrderByOpenedAt(villages).forEach(r -> open.put(r.getId(), r));
		}
		if (!units.isEmpty()) {
			requests.findByUnitIdInAndClosedAtIsNullOrderByOpenedAt(units).forEach(r -> open.put(r.getId(), r));
		}
		return List.copyOf(open.values());
	}

	/** A person's requests, newest first (the person page shows them). */
	@Transactional(readOnly = true)
	public List<ReplacementRequest> ofPerson(long personId) {
		return requests.findByPersonIdOrderByOpenedAtDesc(personId);
	}

}
