package org.zhucun.tasks.plan;

import java.util.List;

/**
 * A plan with its tasks, and what the user may do with it now: edit its tasks (the author while it is
 * a draft, the township at any time), attach documents, submit it, agree it, mark the tasks' outcomes.
 */
public record PlanView(PlanRow row, long version, String createdBy, String agreedBy, List<TaskLine> tasks,
		List<DocumentLine> documents, boolean canAttach, boolean canEdit, boolean canSubmit, boolean canAgree, boolean canMark) {

	public record TaskLine(long id, org.zhucun.tasks.Duty duty, String description, String target, TaskOutcome outcome,
			String outcomeNote, String markedBy, String addedBy) {

		static TaskLine of(PlanTask t) {
			return new TaskLine(t.getId(), t.getDuty(), t.getDescription(), t.getTarget(), t.getOutcome(), t.getOutcomeNote(),
					t.getMarkedBy(), t.getAddedBy());
		}

	}

	/** A document of the plan: the team's Annex 1 plan or a task's evidence ({@code taskId}), described. */
	public record DocumentLine(long id, PlanDocumentKind kind, Long taskId, org.zhucun.document.DocumentRef document) {
	}

}
