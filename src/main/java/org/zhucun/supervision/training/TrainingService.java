package org.zhucun.supervision.training;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.common.security.CurrentActor;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.organisation.PlaceSummary;
import org.zhucun.personnel.ActivePostings.ActivePosting;
import org.zhucun.personnel.PostingPeriod;
import org.zhucun.personnel.Postings;
import org.zhucun.policy.PolicyKey;
import org.zhucun.policy.PolicyParameters;
import org.zhucun.supervision.TrainingRecords;
import org.zhucun.supervision.people.PeopleInScope;
import org.zhucun.supervision.people.Texts;
import org.zhucun.supervision.people.PeopleInScope.Viewer;

/**
 * Training (TRN-1): the organisation department of a region, city or county records its courses and
 * who attended; each person's off-the-job days of a year are held against the minimum in force for
 * their village (policy number TRAINING_MIN_OFF_JOB_DAYS), and the people short of it are listed for
 * the county organisation department. A course is visible to the offices of its organiser and to
 * those whose people attended it (only their own people's attendance).
 */
@Service
@Transactional(readOnly = true)
public class TrainingService implements TrainingRecords {

	private static final int TITLE_MAX = 120;

	private final CourseRepository courses;

	private final CourseAttendanceRepository attendance;

	private final PeopleInScope people;

	private final Postings postings;

	private final PolicyParameters parameters;

	TrainingService(CourseRepository courses, CourseAttendanceRepository attendance, PeopleInScope people,
			Postings postings, PolicyParameters parameters) {
		this.courses = courses;
		this.attendance = attendance;
		this.people = people;
		this.postings = postings;
		this.parameters = parameters;
	}

	/** The courses starting in a year that the user may see. */
	public List<Course> courses(int year) {
		Viewer viewer = people.viewer();
		return courses.findByStartDateBetweenOrderByStartDateDesc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.filter(c -> sees(viewer, c))
			.toList();
	}

	/** One course with the attendance the user may see; 404 outside the scope (ORG-5). */
	public CourseView course(long id) {
		Viewer viewer = people.viewer();
		Course course = courses.findById(id).filter(c -> sees(viewer, c))
			.orElseThrow(() -> new NotFoundException("sup.error.notFound"));
		return new CourseView(course, people.placeName(course.getOrganiserNodeId()), visibleAttendance(viewer, id),
				people.organisedWithin(viewer, course.getOrganiserNodeId()));
	}

	@Transactional
	public Course create(CourseCommand command) {
		String title = Texts.required("title", command.title(), TITLE_MAX);
		PlaceSummary organiser = people.organiser(command.organiserCode());
		if (command.startDate() == null || command.endDate() == null || command.endDate().isBefore(command.startDate())) {
			throw new InvalidInputException("endDate", "sup.error.dates");
		}
		long span = ChronoUnit.DAYS.between(command.startDate(), command.endDate()) + 1;
		if (command.days() == null || command.days() < 1 || command.days() > span) {
			throw new InvalidInputException("days", "sup.error.days", span);
		}
		return courses.save(new Course(title, organiser.id(), PeopleInScope.levelOf(organiser), command.startDate(),
				command.endDate(), command.days(), Boolean.TRUE.equals(command.offTheJob()), CurrentActor.name()));
	}

	/** Records that a person of the user's villages attended a course the user's office organised. */
	@Transactional
	public CourseAttendance attend(long courseId, Long personId) {
		Viewer viewer = people.viewer();
		Course course = courses.findById(courseId)
			.filter(c -> people.organisedWithin(viewer, c.getOrganiserNodeId()))
			.orElseThrow(() -> new NotFoundException("sup.error.notFound"));
		ActivePosting posting = people.posting(personId, "personId");
		if (attendance.existsByCourseIdAndPersonId(course.getId(), posting.personId())) {
			throw new ConflictException("sup.error.attended", posting.personName());
		}
		return attendance.save(new CourseAttendance(course.getId(), posting.personId(), posting.personName(),
				posting.villageNodeId(), posting.unitId(), CurrentActor.name()));
	}

	/** TRN-1: the people posted within the user's scope in the year whose off-the-job days fall short of the minimum. */
	public List<TrainingSummary> shortfalls(int year) {
		Viewer viewer = people.viewer();
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		List<PostingPeriod> periods = new ArrayList<>(postings.postedIn(viewer.villages(), from, to));
		periods.addAll(postings.ofUnits(viewer.units(), from, to));
		viewer.scope().personIds().forEach(p -> periods.addAll(postings.ofPerson(p, from, to)));
		Map<Long, PostingPeriod> latest = new LinkedHashMap<>();
		periods.stream()
			.sorted(Comparator.comparing(PostingPeriod::startDate))
			.forEach(p -> latest.put(p.personId(), p));
		return latest.values()
			.stream()
			.map(p -> summary(p.personId(), p.personName(), p.villageNodeId(), year))
			.filter(s -> s.shortfall() > 0)
			.sorted(Comparator.comparing(TrainingSummary::shortfall).reversed().thenComparing(TrainingSummary::personName))
			.toList();
	}

	@Override
	public TrainingSummary ofPerson(long personId, int year) {
		List<PostingPeriod> periods = postings.ofPerson(personId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		Optional<PostingPeriod> last = periods.stream().max(Comparator.comparing(PostingPeriod::startDate));
		return last.map(p -> summary(personId, p.personName(), p.villageNodeId(), year))
			.orElseGet(() -> OffJobRule.evaluate(personId, "", year, attended(personId), 0));
	}

	private TrainingSummary summary(long personId, String name, long villageNodeId, int year) {
		return OffJobRule.evaluate(personId, name, year, attended(personId),
				parameters.value(PolicyKey.TRAINING_MIN_OFF_JOB_DAYS, villageNodeId, year));
	}

	private List<Course> attended(long personId) {
		return courses.findAllById(attendance.findByPersonId(personId).stream().map(CourseAttendance::getCourseId).toList());
	}

	private boolean sees(Viewer viewer, Course course) {
		return people.organisedWithin(viewer, course.getOrganiserNodeId())
				|| !visibleAttendance(viewer, course.getId()).isEmpty();
	}

	private List<CourseAttendance> visibleAttendance(Viewer viewer, long courseId) {
		return attendance.findByCourseIdOrderByPersonName(courseId)
			.stream()
			.filter(a -> people.organisedWithin(viewer, courseOrganiser(courseId))
					|| viewer.sees(a.getPersonId(), a.getVillageNodeId(), a.getUnitId()))
			.toList();
	}

	private long courseOrganiser(long courseId) {
		return courses.findById(courseId).map(Course::getOrganiserNodeId).orElse(-1L);
	}

}
