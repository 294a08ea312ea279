package org.zhucun.tasks.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.common.scope.DataScope;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.query.IdChunks;
import org.zhucun.common.security.CurrentActor;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.document.DocumentRef;
import org.zhucun.document.Documents;
import org.zhucun.document.StoredDocument;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.VillageSummary;
import org.zhucun.personnel.ActivePostings;
import org.zhucun.personnel.ActivePostings.ActivePosting;
import org.zhucun.tasks.TaskRegister;

/**
 * The task register (TSK-1, TSK-2). A cadre drafts their own plan (and their team's) and submits it;
 * the township party committee of the village agrees it. Once submitted the cadre can no longer
 * change it; only the township edits an agreed plan, and only the township marks the tasks done or
 * not done. Everything is narrowed by the data scope (ORG-5): a cadre sees their own plan and their
 * village team's, an office the plans of its villages and of its dispatching units.
 */
@Service
@Transactional(readOnly = true)
public class TaskService implements TaskRegister {

	static final String REVIEW = "TASK_REVIEW";

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final int DESCRIPTION_MAX = 300;

	private static final int TARGET_MAX = 100;

	private final WorkPlanRepository plans;

	private final PlanTaskRepository tasks;

	private final DataScopeProvider scopes;

	private final OrganisationDirectory organisation;

	private final ActivePostings postings;

	private final Clock clock;

	private final PlanDocumentRepository planDocuments;

	private final Documents documents;

	TaskService(WorkPlanRepository plans, PlanTaskRepository tasks, DataScopeProvider scopes,
			OrganisationDirectory organisation, ActivePostings postings, Clock clock, PlanDocumentRepository planDocuments,
			Documents documents) {
		this.planDocuments = planDocuments;
		this.documents = documents;
		this.plans = plans;
		this.tasks = tasks;
		this.scopes = scopes;
		this.organisation = organisation;
		this.postings = postings;
		this.clock = clock;
	}

	/** The plans of a year that the user may see. */
	public List<PlanRow> plans(int year) {
		Viewer viewer = viewer();
		List<WorkPlan> visible = plans.findByYearOrderByKindAscVillageNodeIdAscPersonNameAsc(year)
			.stream()
			.filter(viewer::sees)
			.toList();
		Map<Long, List<PlanTask>> byPlan = tasks.findByPlanIdInOrderByPlanIdAscDutyAscIdAsc(
				visible.stream().map(WorkPlan::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(PlanTask::getPlanId));
		Map<Long, String> villages = new HashMap<>();
		return visible.stream().map(p -> row(p, byPlan.getOrDefault(p.getId(), List.of()), villages)).toList();
	}

	/** The plans and their tasks of a year, for the export. */
	public Map<PlanRow, List<PlanView.TaskLine>> planTasks(int year) {
		Map<PlanRow, List<PlanView.TaskLine>> all = new java.util.LinkedHashMap<>();
		for (PlanRow row : plans(year)) {
			all.put(row, tasks.findByPlanIdOrderByDutyAscIdAsc(row.id()).stream().map(PlanView.TaskLine::of).toList());
		}
		return all;
	}

	/** One plan with its tasks; 404 outside the scope (ORG-5). */
	public PlanView plan(long id) {
		Viewer viewer = viewer();
		WorkPlan plan = visiblePlan(id, viewer);
		List<PlanTask> list = tasks.findByPlanIdOrderByDutyAscIdAsc(id);
		boolean author = viewer.authors(plan);
		boolean reviewer = viewer.reviews(plan);
		return new PlanView(row(plan, list, new HashMap<>()), plan.getVersion(), plan.getCreatedBy(), plan.getAgreedBy(),
				list.stream().map(PlanView.TaskLine::of).toList(), documentsOf(plan),
				(author || reviewer) && (plan.getKind() == PlanKind.TEAM || plan.getStatus() == PlanStatus.AGREED),
				reviewer || (author && plan.getStatus() == PlanStatus.DRAFT),
				(author || reviewer) && plan.getStatus() == PlanStatus.DRAFT && !list.isEmpty(),
				reviewer && plan.getStatus() != PlanStatus.AGREED && !list.isEmpty(),
				reviewer && plan.getStatus() == PlanStatus.AGREED);
	}

	/** The plans the user may open a draft for (a cadre's own and their team's, if not there yet). */
	public Optional<ActivePosting> ownPosting() {
		DataScope scope = scopes.currentScope();
		return scope.isOwnRecordOnly() && scope.personIds().size() == 1
				? postings.of(scope.personIds().iterator().next()) : Optional.empty();
	}

	/** The people of the user's villages, for the township's pick list. */
	public List<ActivePosting> people() {
		return postings.inVillages(organisation.villageIdsWithin(scopes.currentScope()));
	}

	/** Opens a draft plan for a year (TSK-1). */
	@Transactional
	public WorkPlan create(PlanCommand command) {
		if (command.kind() == null || command.year() == null) {
			throw new InvalidInputException(command.kind() == null ? "kind" : "year", "tasks.error.planIncomplete");
		}
		int year = command.year();
		int thisYear = LocalDate.now(clock.withZone(CHINA)).getYear();
		if (year < thisYear - 1 || year > thisYear + 1) {
			throw new InvalidInputException("year", "tasks.error.year", thisYear - 1, thisYear + 1);
		}
		Viewer viewer = viewer();
		ActivePosting posting;
		if (viewer.cadre()) {
			posting = ownPosting().orElseThrow(() -> new InvalidInputException("kind", "tasks.error.notPosted"));
		}
		else {
			if (!viewer.reviewer()) {
				throw new NotFoundException("tasks.error.notFound");
			}
			posting = reviewedPosting(command, viewer);
		}
		WorkPlan plan;
		if (command.kind() == PlanKind.PERSON) {
			if (plans.findByKindAndPersonIdAndYear(PlanKind.PERSON, posting.personId(), year).isPresent()) {
				throw new ConflictException("tasks.error.planExists", year);
			}
			plan = new WorkPlan(PlanKind.PERSON, posting.personId(), posting.personName(), posting.villageNodeId(),
					posting.unitId(), year, CurrentActor.name());
		}
		else {
			if (plans.findByKindAndVillageNodeIdAndYear(PlanKind.TEAM, posting.villageNodeId(), year).isPresent()) {
				throw new ConflictException("tasks.error.planExists", year);
			}
			plan = new WorkPlan(PlanKind.TEAM, null, null, posting.villageNodeId(), posting.unitId(), year,
					CurrentActor.name());
		}
		return plans.save(plan);
	}

	/** The township names a person (PERSON) or a village (TEAM) of its own villages; anything else is refused. */
	private ActivePosting reviewedPosting(PlanCommand command, Viewer viewer) {
		if (command.kind() == PlanKind.PERSON) {
			return Optional.ofNullable(command.personId())
				.flatMap(postings::of)
				.filter(p -> viewer.villages().contains(p.villageNodeId()))
				.orElseThrow(() -> new InvalidInputException("personId", "tasks.error.person"));
		}
		VillageSummary village = Optional.ofNullable(command.villageCode())
			.flatMap(organisation::villageByCode)
			.filter(v -> viewer.villages().contains(v.id()))
			.orElseThrow(() -> new InvalidInputException("villageCode", "tasks.error.village"));
		List<ActivePosting> team = postings.inVillages(Set.of(village.id()));
		Long unit = team.isEmpty() ? null : team.get(0).unitId();
		return new ActivePosting(0, village.name(), 0, village.id(), village.name(), 0, 0, unit == null ? 0 : unit);
	}

	/** Adds a task: the author while the plan is a draft, the township at any time (TSK-1). */
	@Transactional
	public PlanTask addTask(long planId, TaskCommand command) {
		WorkPlan plan = editablePlan(planId);
		return tasks.save(new PlanTask(plan.getId(), require(command.duty(), "duty"),
				text("description", command.description(), DESCRIPTION_MAX), text("target", command.target(), TARGET_MAX),
				CurrentActor.name()));
	}

	/** Removes a task not yet marked: the author while the plan is a draft, the township at any time. */
	@Transactional
	public WorkPlan removeTask(long taskId) {
		PlanTask task = tasks.findById(taskId).orElseThrow(() -> new NotFoundException("tasks.error.notFound"));
		WorkPlan plan = editablePlan(task.getPlanId());
		if (task.getOutcome() != TaskOutcome.OPEN) {
			throw new ConflictException("tasks.error.marked");
		}
		tasks.delete(task);
		return plan;
	}

	/** The author submits the draft to the township; from now on only the township changes it. */
	@Transactional
	public WorkPlan submit(long planId) {
		Viewer viewer = viewer();
		WorkPlan plan = visiblePlan(planId, viewer);
		if (!viewer.authors(plan) && !viewer.reviews(plan)) {
			throw new NotFoundException("tasks.error.notFound");
		}
		if (plan.getStatus() != PlanStatus.DRAFT) {
			throw new ConflictException("tasks.error.notDraft");
		}
		requireTasks(plan);
		plan.submit();
		return plan;
	}

	/** The township agrees the plan: it is locked except through the township (TSK-1). */
	@Transactional
	public WorkPlan agree(long planId) {
		Viewer viewer = viewer();
		WorkPlan plan = visiblePlan(planId, viewer);
		if (!viewer.reviews(plan)) {
			throw new NotFoundException("tasks.error.notFound");
		}
		if (plan.getStatus() == PlanStatus.AGREED) {
			throw new ConflictException("tasks.error.agreed");
		}
		requireTasks(plan);
		plan.agree(CurrentActor.name(), Instant.now(clock));
		return plan;
	}

	/** The township marks a task of an agreed plan done or not done, with a note (TSK-2). */
	@Transactional
	public PlanTask mark(long taskId, OutcomeCommand command) {
		PlanTask task = tasks.findById(taskId).orElseThrow(() -> new NotFoundException("tasks.error.notFound"));
		Viewer viewer = viewer();
		WorkPlan plan = visiblePlan(task.getPlanId(), viewer);
		if (!viewer.reviews(plan)) {
			throw new NotFoundException("tasks.error.notFound");
		}
		if (plan.getStatus() != PlanStatus.AGREED) {
			throw new ConflictException("tasks.error.notAgreed");
		}
		boolean done = require(command.done(), "done");
		String note = text("note", command.note(), DESCRIPTION_MAX);
		task.mark(done, note, CurrentActor.name(), Instant.now(clock));
		return task;
	}

	/**
	 * Attaches a document: one of the team's plans of Annex 1 to a team's plan (by its author while a
	 * draft, by the township at any time), or the evidence of a task of an agreed plan (by its author or
	 * the township). The file is checked and stored by module document.
	 */
	@Transactional
	public PlanDocument attach(long planId, PlanDocumentKind kind, Long taskId, String fileName, byte[] content) {
		Viewer viewer = viewer();
		WorkPlan plan = visiblePlan(planId, viewer);
		if (!viewer.authors(plan) && !viewer.reviews(plan)) {
			throw new NotFoundException("tasks.error.notFound");
		}
		if (kind == null) {
			throw new InvalidInputException("kind", "tasks.error.required");
		}
		Long task = null;
		if (kind.teamPlan()) {
			if (plan.getKind() != PlanKind.TEAM) {
				throw new InvalidInputException("kind", "tasks.error.teamDocument");
			}
			editablePlan(planId);
		}
		else {
			if (plan.getStatus() != PlanStatus.AGREED) {
				throw new ConflictException("tasks.error.notAgreed");
			}
			task = Optional.ofNullable(taskId)
				.flatMap(tasks::findById)
				.filter(t -> t.getPlanId() == plan.getId())
				.map(PlanTask::getId)
				.orElseThrow(() -> new InvalidInputException("taskId", "tasks.error.task"));
		}
		DocumentRef stored = documents.store(fileName, content);
		return planDocuments.save(new PlanDocument(plan.getId(), task, kind, stored.id(), CurrentActor.name(), Instant.now(clock)));
	}

	/** A document of a plan the user may see; 404 otherwise (ORG-5). */
	public StoredDocument document(long planDocumentId) {
		Viewer viewer = viewer();
		PlanDocument attached = planDocuments.findById(planDocumentId)
			.filter(d -> plans.findById(d.getPlanId()).filter(viewer::sees).isPresent())
			.orElseThrow(() -> new NotFoundException("tasks.error.notFound"));
		return documents.read(attached.getDocumentId()).orElseThrow(() -> new NotFoundException("tasks.error.notFound"));
	}

	private List<PlanView.DocumentLine> documentsOf(WorkPlan plan) {
		List<PlanDocument> attached = planDocuments.findByPlanIdOrderById(plan.getId());
		Map<Long, DocumentRef> refs = documents.describe(attached.stream().map(PlanDocument::getDocumentId).toList())
			.stream()
			.collect(Collectors.toMap(DocumentRef::id, r -> r));
		return attached.stream()
			.filter(d -> refs.containsKey(d.getDocumentId()))
			.map(d -> new PlanView.DocumentLine(d.getId(), d.getKind(), d.getTaskId(), refs.get(d.getDocumentId())))
			.toList();
	}

	@Override
	public TaskTally ofPerson(long personId, int year) {
		return plans.findByKindAndPersonIdAndYear(PlanKind.PERSON, personId, year).map(this::tally).orElse(TaskTally.NONE);
	}

	@Override
	public Map<Long, TaskTally> ofPeople(Collection<Long> personIds, int year) {
		Map<Long, WorkPlan> agreed = new HashMap<>();
		IdChunks.read(personIds, chunk -> plans.findByKindAndYearAndPersonIdIn(PlanKind.PERSON, year, chunk))
			.stream()
			.filter(p -> p.getStatus() == PlanStatus.AGREED)
			.forEach(p -> agreed.put(p.getId(), p));
		Map<Long, List<PlanTask>> byPlan = new HashMap<>();
		IdChunks.read(agreed.keySet(), tasks::findByPlanIdInOrderByPlanIdAscDutyAscIdAsc)
			.forEach(t -> byPlan.computeIfAbsent(t.getPlanId(), k -> new ArrayList<>()).add(t));
		Map<Long, TaskTally> result = new HashMap<>();
		personIds.forEach(id -> result.put(id, TaskTally.NONE));
		agreed.values().forEach(p -> result.put(p.getPersonId(), TaskTallies.of(byPlan.getOrDefault(p.getId(), List.of()))));
		return result;
	}

	@Override
	public TaskTally ofTeam(long villageNodeId, int year) {
		return plans.findByKindAndVillageNodeIdAndYear(PlanKind.TEAM, villageNodeId, year)
			.map(this::tally)
			.orElse(TaskTally.NONE);
	}

	private TaskTally tally(WorkPlan plan) {
		return plan.getStatus() == PlanStatus.AGREED ? TaskTallies.of(tasks.findByPlanIdOrderByDutyAscIdAsc(plan.getId()))
				: TaskTally.NONE;
	}

	private WorkPlan editablePlan(long planId) {
		Viewer viewer = viewer();
		WorkPlan plan = visiblePlan(planId, viewer);
		if (viewer.reviews(plan)) {
			return plan;
		}
		if (!viewer.authors(plan)) {
			throw new NotFoundException("tasks.error.notFound");
		}
		if (plan.getStatus() != PlanStatus.DRAFT) {
			throw new ConflictException("tasks.error.locked");
		}
		return plan;
	}

	private void requireTasks(WorkPlan plan) {
		if (tasks.findByPlanIdOrderByDutyAscIdAsc(plan.getId()).isEmpty()) {
			throw new InvalidInputException("tasks", "tasks.error.noTasks");
		}
	}

	private WorkPlan visiblePlan(long id, Viewer viewer) {
		return plans.findById(id).filter(viewer::sees).orElseThrow(() -> new NotFoundException("tasks.error.notFound"));
	}

	private PlanRow row(WorkPlan plan, List<PlanTask> list, Map<Long, String> villageNames) {
		String village = villageNames.computeIfAbsent(plan.getVillageNodeId(),
				id -> organisation.village(id).map(VillageSummary::name).orElse("?"));
		TaskTally counted = TaskTallies.of(list);
		TaskTally tally = new TaskTally(plan.getStatus() == PlanStatus.AGREED, counted.tasks(), counted.done(),
				counted.notDone(), counted.open());
		return new PlanRow(plan.getId(), plan.getKind(),
				plan.getKind() == PlanKind.PERSON ? plan.getPersonName() : village, village, plan.getYear(), plan.getStatus(),
				list.size(), tally);
	}

	private Viewer viewer() {
		DataScope scope = scopes.currentScope();
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		boolean reviewer = auth != null && auth.getAuthorities().stream().anyMatch(a -> REVIEW.equals(a.getAuthority()));
		Long ownVillage = scope.isOwnRecordOnly() && scope.personIds().size() == 1
				? postings.of(scope.personIds().iterator().next()).map(ActivePosting::villageNodeId).orElse(null) : null;
		return new Viewer(scope, organisation.villageIdsWithin(scope), organisation.unitIdsWithin(scope), reviewer,
				ownVillage);
	}

	private static <T> T require(T value, String field) {
		if (value == null) {
			throw new InvalidInputException(field, "tasks.error.required");
		}
		return value;
	}

	private static String text(String field, String value, int max) {
		String trimmed = value == null ? "" : value.strip();
		if (trimmed.isEmpty()) {
			throw new InvalidInputException(field, "tasks.error.required");
		}
		if (trimmed.length() > max) {
			throw new InvalidInputException(field, "tasks.error.tooLong", max);
		}
		return trimmed;
	}

	/** Who asks: their scope, villages and units (ORG-5), whether they review plans, a cadre's own village. */
	private record Viewer(DataScope scope, Set<Long> villages, Set<Long> units, boolean reviewer, Long ownVillage) {

		boolean cadre() {
			return scope.isOwnRecordOnly();
		}

		boolean sees(WorkPlan plan) {
			if (cadre()) {
				return authors(plan);
			}
			return villages.contains(plan.getVillageNodeId()) || (plan.getUnitId() != null && units.contains(plan.getUnitId()));
		}

		/** The cadre's own plan, or the team plan of the village they are posted to. */
		boolean authors(WorkPlan plan) {
			return cadre() && (plan.getKind() == PlanKind.PERSON ? scope.coversOwnPerson(plan.getPersonId())
					: ownVillage != null && ownVillage == plan.getVillageNodeId());
		}

		/** The township (or any reviewer) whose villages hold the plan. */
		boolean reviews(WorkPlan plan) {
			return reviewer && villages.contains(plan.getVillageNodeId());
		}

	}

	/** Counting tasks by outcome (TSK-2). */
	static final class TaskTallies {

		private TaskTallies() {
		}

		static TaskTally of(List<PlanTask> list) {
			int done = 0;
			int notDone = 0;
			for (PlanTask t : list) {
				if (t.getOutcome() == TaskOutcome.DONE) {
					done++;
				}
				else if (t.getOutcome() == TaskOutcome.NOT_DONE) {
					notDone++;
				}
			}
			return new TaskTally(true, list.size(), done, notDone, list.size() - done - notDone);
		}

	}

}
