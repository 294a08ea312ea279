package org.zhucun.supervision.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhucun.supervision.DisciplineRecords.DisciplineSummary;
import org.zhucun.supervision.TrainingRecords.TrainingSummary;
import org.zhucun.supervision.discipline.DisciplineRecord;
import org.zhucun.supervision.discipline.FindingCommand;
import org.zhucun.supervision.discipline.Inspection;
import org.zhucun.supervision.discipline.InspectionFinding;
import org.zhucun.supervision.discipline.InspectionCommand;
import org.zhucun.supervision.discipline.InspectionView;
import org.zhucun.supervision.discipline.RecordCommand;
import org.zhucun.supervision.discipline.SupervisionService;
import org.zhucun.supervision.training.Course;
import org.zhucun.supervision.training.CourseAttendance;
import org.zhucun.supervision.training.CourseCommand;
import org.zhucun.supervision.training.CourseView;
import org.zhucun.supervision.training.TrainingService;

/** Training, inspections and discipline records in JSON (TRN-1, SUP-1, SUP-2): the same services as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Training and supervision", description = "TRN-1, SUP-1/2: courses and attendance, inspections, discipline records")
class SupervisionApiController {

	private final TrainingService training;

	private final SupervisionService supervision;

	SupervisionApiController(TrainingService training, SupervisionService supervision) {
		this.training = training;
		this.supervision = supervision;
	}

	@GetMapping("/training/courses")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	@Operation(summary = "The courses starting in a year within the data scope")
	List<Course> courses(@RequestParam int year) {
		return training.courses(year);
	}

	@GetMapping("/training/courses/{id}")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	@Operation(summary = "A course with the attendance within the data scope")
	CourseView course(@PathVariable long id) {
		return training.course(id);
	}

	@PostMapping("/training/courses")
	@PreAuthorize("hasAuthority('TRAINING_WRITE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a course organised by a region, city or county of the scope")
	Course createCourse(@RequestBody CourseCommand command) {
		return training.create(command);
	}

	@PostMapping("/training/courses/{id}/attendance")
	@PreAuthorize("hasAuthority('TRAINING_WRITE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record that a person of the scope attended the course")
	CourseAttendance attend(@PathVariable long id, @RequestBody AttendanceRequest request) {
		return training.attend(id, request.personId());
	}

	@GetMapping("/training/shortfalls")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	@Operation(summary = "TRN-1: the people whose off-the-job training days of the year fall short of the minimum")
	List<TrainingSummary> shortfalls(@RequestParam int year) {
		return training.shortfalls(year);
	}

	@GetMapping("/supervision/inspections")
	@PreAuthorize("hasAuthority('SUPERVISION_READ')")
	@Operation(summary = "The inspections of a year within the data scope")
	List<Inspection> inspections(@RequestParam int year) {
		return supervision.inspections(year);
	}

	@GetMapping("/supervision/inspections/{id}")
	@PreAuthorize("hasAuthority('SUPERVISION_READ')")
	@Operation(summary = "An inspection with the villages visited and the findings within the data scope")
	InspectionView inspection(@PathVariable long id) {
		return supervision.inspection(id);
	}

	@PostMapping("/supervision/inspections")
	@PreAuthorize("hasAuthority('SUPERVISION_WRITE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record an inspection (SUP-1)")
	Inspection createInspection(@RequestBody InspectionCommand command) {
		return supervision.createInspection(command);
	}

	@PostMapping("/supervision/inspections/{id}/findings")
	@PreAuthorize("hasAuthority('SUPERVISION_WRITE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record an inspection's finding about a person (SUP-1)")
	InspectionFinding addFinding(@PathVariable long id, @RequestBody FindingCommand command) {
		return supervision.addFinding(id, command);
	}

	@GetMapping("/supervision/records")
	@PreAuthorize("hasAuthority('SUPERVISION_READ')")
	@Operation(summary = "Criticism notices, discipline violations and inaction findings of a year within the data scope")
	List<DisciplineRecord> records(@RequestParam int year) {
		return supervision.records(year);
	}

	@PostMapping("/supervision/records")
	@PreAuthorize("hasAuthority('SUPERVISION_WRITE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a criticism notice, discipline violation (with severity) or inaction finding (SUP-2)")
	DisciplineRecord createRecord(@RequestBody RecordCommand command) {
		return supervision.createRecord(command);
	}

	@GetMapping("/supervision/people/{personId}")
	@PreAuthorize("hasAuthority('SUPERVISION_READ')")
	@Operation(summary = "A person's year: criticism notices, lax discipline, dereliction, inaction (read by ASM-4)")
	DisciplineSummary person(@PathVariable long personId, @RequestParam int year) {
		return supervision.summary(personId, year);
	}

	record AttendanceRequest(Long personId) {
	}

}
