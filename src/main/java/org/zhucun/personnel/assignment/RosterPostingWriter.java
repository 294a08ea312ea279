package org.zhucun.personnel.assignment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.organisation.UnitLevel;
import org.zhucun.personnel.AssignmentRole;

/**
 * PER-5: writes the postings of a roster import ({@code org.zhucun.personnel.roster}), which has checked
 * every row before against the rules of {@link AssignmentService#assign} (flagged village in the
 * user's scope, one active posting per person, one leader per team, end after start). This only
 * writes, inside the import's transaction, creating a village's work team where it has none; the
 * database's unique indexes still refuse a posting made by someone else at the same moment, and the
 * whole import is then rolled back.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class RosterPostingWriter {

	private final AssignmentRepository assignments;

	private final WorkTeamRepository teams;

	private final EntityManager entityManager;

	private final MessageSource messages;

	RosterPostingWriter(AssignmentRepository assignments, WorkTeamRepository teams, EntityManager entityManager,
			MessageSource messages) {
		this.assignments = assignments;
		this.teams = teams;
		this.entityManager = entityManager;
		this.messages = messages;
	}

	/** Creates the postings, and the teams of their villages that have none yet; then writes them. */
	public void post(List<NewPosting> postings) {
		Map<Long, WorkTeam> teamOfVillage = teamsOf(postings.stream().map(NewPosting::villageId).distinct().toList());
		for (NewPosting p : postings) {
			WorkTeam team = teamOfVillage.computeIfAbsent(p.villageId(), village -> teams.save(new WorkTeam(village,
					// the team's name is a record in the official language, whatever the user's locale
					messages.getMessage("team.name", new Object[] { p.villageName() }, Locale.SIMPLIFIED_CHINESE))));
			assignments.save(new Assignment(p.personId(), team, p.role(), p.leadsTeam(), p.unitId(), p.dispatchLevel(),
					p.startDate(), p.plannedEndDate()));
		}
		assignments.flush();
	}

	private Map<Long, WorkTeam> teamsOf(Collection<Long> villages) {
		Map<Long, WorkTeam> found = new HashMap<>();
		if (!villages.isEmpty()) {
			entityManager.createQuery("select t from WorkTeam t where t.villageNodeId in :villages", WorkTeam.class)
				.setParameter("villages", villages)
				.getResultList()
				.forEach(t -> found.put(t.getVillageNodeId(), t));
		}
		return found;
	}

	/** A checked posting of the roster, with the person already created and the unit resolved. */
	public record NewPosting(long personId, long villageId, String villageName, AssignmentRole role, boolean leadsTeam,
			long unitId, UnitLevel dispatchLevel, LocalDate startDate, LocalDate plannedEndDate) {
	}

}
