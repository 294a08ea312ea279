package org.zhucun.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.common.excel.XlsxTemplates;
import org.zhucun.common.ui.Breadcrumb;
import org.zhucun.supervision.DisciplineKind;
import org.zhucun.supervision.Severity;
import org.zhucun.supervision.discipline.FindingCommand;
import org.zhucun.supervision.discipline.InspectionCommand;
import org.zhucun.supervision.discipline.RecordCommand;
import org.zhucun.supervision.discipline.SupervisionService;
import org.zhucun.supervision.people.PeopleInScope;
import org.zhucun.supervision.training.CourseCommand;
import org.zhucun.supervision.training.TrainingService;

/** The pages of training (TRN-1) and of supervision and discipline (SUP-1, SUP-2), with their exports. */
@Controller
class SupervisionPageController {

	private final TrainingService training;

	private final SupervisionService supervision;

	private final PeopleInScope people;

	private final SupervisionWorkbook workbook;

	private final MessageSource messages;

	private final Clock clock;

	SupervisionPageController(TrainingService training, SupervisionService supervision, PeopleInScope people,
			SupervisionWorkbook workbook, MessageSource messages, Clock clock) {
		this.training = training;
		this.supervision = supervision;
		this.people = people;
		this.workbook = workbook;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/training")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	String training(@RequestParam(required = false) Integer year, Model model) {
		int shown = year(year);
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("trn.title", null)));
		model.addAttribute("year", shown);
		model.addAttribute("courses", training.courses(shown));
		model.addAttribute("shortfalls", training.shortfalls(shown));
		model.addAttribute("organisers", people.organisers());
		return "training/list";
	}

	@GetMapping("/training/shortfalls.xlsx")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	ResponseEntity<byte[]> shortfalls(@RequestParam int year) {
		return XlsxTemplates.attachment(fileName("supervision.export.shortfallsFileName", year),
				workbook.shortfalls(training.shortfalls(year), LocaleContextHolder.getLocale()));
	}

	@PostMapping("/training/courses")
	@PreAuthorize("hasAuthority('TRAINING_WRITE')")
	String createCourse(@RequestParam(required = false) String title, @RequestParam(required = false) String organiserCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
			@RequestParam(required = false) Integer days, @RequestParam(required = false) Boolean offTheJob,
			RedirectAttributes redirect) {
		return step("/training", redirect, () -> "/training/courses/"
				+ training.create(new CourseCommand(title, organiserCode, startDate, endDate, days, offTheJob)).getId());
	}

	@GetMapping("/training/courses/{id}")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	String course(@PathVariable long id, Model model) {
		var course = training.course(id);
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("trn.title", "/training"),
				Breadcrumb.name(course.course().getTitle(), null)));
		model.addAttribute("view", course);
		model.addAttribute("people", course.canRecord() ? people.people() : List.of());
		return "training/course";
	}

	@PostMapping("/training/courses/{id}/attendance")
	@PreAuthorize("hasAuthority('TRAINING_WRITE')")
	String attend(@PathVariable long id, @RequestParam(required = false) Long personId, RedirectAttributes redirect) {
		training.course(id);
		return step("/training/courses/" + id, redirect, () -> "/training/courses/" + training.attend(id, personId).getCourseId());
	}

	@GetMapping("/supervision")
	@PreAuthorize("hasAuthority('SUPERVISION_READ')")
	String supervision(@RequestParam(required = false) Integer year, Model model) {
		int shown = year(year);
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("sup.title", null)));
		model.addAttribute("year", shown);
		model.addAttribute("inspections", supervision.inspections(shown));
		model.addAttribute("records", supervision.records(shown));
		model.addAttribute("organisers", people.organisers());
		model.addAttribute("people", people.people());
		model.addAttribute("kinds", DisciplineKind.values());
		model.addAttribute("severities", Severity.values());
		return "supervision/list";
	}

	@GetMapping("/supervision/export.xlsx")
	@PreAuthorize("hasAuthority('SUPERVISION_READ')")
	ResponseEntity<byte[]> export(@RequestParam int year) {
		Locale locale = LocaleContextHolder.getLocale();
		return XlsxTemplates.attachment(fileName("supervision.export.recordsFileName", year),
				workbook.supervision(supervision.inspections(year), supervision.records(year), locale));
	}

	@PostMapping("/supervision/inspections")
	@PreAuthorize("hasAuthority('SUPERVISION_WRITE')")
	String createInspection(@RequestParam(required = false) String organiserCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inspectedOn,
			@RequestParam(required = false) String team, @RequestParam(required = false) String villageCodes,
			@RequestParam(required = false) String summary, RedirectAttributes redirect) {
		List<String> codes = villageCodes == null ? List.of() : Arrays.asList(villageCodes.split("[,，\\s]+"));
		return step("/supervision", redirect, () -> "/supervision/inspections/"
				+ supervision.createInspection(new InspectionCommand(organiserCode, inspectedOn, team, codes, summary)).getId());
	}

	@GetMapping("/supervision/inspections/{id}")
	@PreAuthorize("hasAuthority('SUPERVISION_READ')")
	String inspection(@PathVariable long id, Model model) {
		var view = supervision.inspection(id);
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("sup.title", "/supervision"),
				Breadcrumb.name(view.inspection().getTeam(), null)));
		model.addAttribute("view", view);
		model.addAttribute("people", view.canRecord() ? people.people() : List.of());
		return "supervision/inspection";
	}

	@PostMapping("/supervision/inspections/{id}/findings")
	@PreAuthorize("hasAuthority('SUPERVISION_WRITE')")
	String addFinding(@PathVariable long id, @RequestParam(required = false) Long personId,
			@RequestParam(required = false) String finding, RedirectAttributes redirect) {
		supervision.inspection(id);
		return step("/supervision/inspections/" + id, redirect,
				() -> "/supervision/inspections/" + supervision.addFinding(id, new FindingCommand(personId, finding)).getInspectionId());
	}

	@PostMapping("/supervision/records")
	@PreAuthorize("hasAuthority('SUPERVISION_WRITE')")
	String createRecord(@RequestParam(required = false) DisciplineKind kind, @RequestParam(required = false) Severity severity,
			@RequestParam(required = false) String organiserCode, @RequestParam(required = false) Long personId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
			@RequestParam(required = false) String issuingBody, @RequestParam(required = false) String summary,
			RedirectAttributes redirect) {
		return step("/supervision", redirect, () -> {
			var record = supervision.createRecord(
					new RecordCommand(kind, severity, organiserCode, personId, issuedOn, issuingBody, summary));
			return "/supervision?year=" + record.getIssuedOn().getYear();
		});
	}

	/**
	 * One step: on to the page the step leads to. A refused input (a foreign person, organiser or village
	 * slipped into the form, a duplicate) shows as the error page with its message and status.
	 */
	private String step(String back, RedirectAttributes redirect, Supplier<String> work) {
		String next = work.get();
		redirect.addFlashAttribute("flash", text("sup.saved"));
		return "redirect:" + next;
	}

	private int year(Integer year) {
		return year != null ? year : LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}


	/** An export's file name in the user's language (the year without digit grouping). */
	private String fileName(String key, int year) {
		return messages.getMessage(key, new Object[] { String.valueOf(year) }, key, LocaleContextHolder.getLocale());
	}

}
