package org.zhucun.scoring.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import org.zhucun.common.ui.Breadcrumb;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.scoring.rules.Annex;
import org.zhucun.scoring.rules.RaterKind;
import org.zhucun.scoring.sheet.ActivityCommand;
import org.zhucun.scoring.sheet.FilledSheet;
import org.zhucun.scoring.sheet.RateCommand;
import org.zhucun.scoring.sheet.SheetService;
import org.zhucun.scoring.sheet.Subject;
import org.zhucun.scoring.sheet.TeamActivity;
import org.zhucun.scoring.template.RefinementCommand;
import org.zhucun.scoring.template.ScoringTemplate;
import org.zhucun.scoring.template.TemplateItemCommand;
import org.zhucun.scoring.template.TemplateService;

/**
 * The scoring pages (SCO-A1/A2/A3, SCO-X, FRM-2): the list of the year's sheets within the scope, a
 * filled sheet with every line, its arithmetic, evidence and raters' scores, the rater's entry, the
 * Excel export, the templates with their flags and the county's refinement form, and the team's
 * activities. Everything within the user's data scope (ORG-5).
 */
@Controller
class ScoringPageController {

	private final SheetService sheets;

	private final TemplateService templates;

	private final SheetView views;

	private final SheetFiles files;

	private final MessageSource messages;

	ScoringPageController(SheetService sheets, TemplateService templates, SheetView views, SheetFiles files,
			MessageSource messages) {
		this.sheets = sheets;
		this.templates = templates;
		this.views = views;
		this.files = files;
		this.messages = messages;
	}

	@GetMapping("/scoring")
	@PreAuthorize("hasAuthority('SCORING_READ')")
	String list(@RequestParam(required = false) Integer year, Model model) {
		int shown = year(year);
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("scoring.title", null)));
		model.addAttribute("year", shown);
		model.addAttribute("people", sheets.people(shown));
		var teams = sheets.teams(shown);
		model.addAttribute("teams", teams);
		model.addAttribute("townships", sheets.townships());
		model.addAttribute("villageNames", teams.stream()
			.collect(java.util.stream.Collectors.toMap(v -> v.id(), v -> v.name())));
		return "scoring/list";
	}

	@GetMapping("/scoring/person/{id}")
	@PreAuthorize("hasAuthority('SCORING_READ')")
	String person(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
		return sheet(sheets.person(id, year(year)), model);
	}

	@GetMapping("/scoring/team/{village}")
	@PreAuthorize("hasAuthority('SCORING_READ')")
	String team(@PathVariable String village, @RequestParam(required = false) Integer year, Model model) {
		return sheet(sheets.team(village, year(year)), model);
	}

	private String sheet(FilledSheet sheet, Model model) {
		SheetView.Sheet view = views.of(sheet, LocaleContextHolder.getLocale());
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("scoring.title", "/scoring?year=" + sheet.year()),
				Breadcrumb.name(view.name(), null)));
		model.addAttribute("sheet", view);
		List<String> enterable = sheets.enterableRaters().stream().map(Enum::name).toList();
		model.addAttribute("enterable", enterable);
		model.addAttribute("rateable", view.rows()
			.stream()
			.filter(r -> r.rated() && r.raters().stream().anyMatch(enterable::contains))
			.map(SheetView.Row::code)
			.collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("raterKinds", RaterKind.values());
		return "scoring/sheet";
	}

	@GetMapping("/scoring/person/{id}.xlsx")
	@PreAuthorize("hasAuthority('SCORING_READ')")
	ResponseEntity<byte[]> personXlsx(@PathVariable long id, @RequestParam(required = false) Integer year) {
		return SheetFiles.xlsxResponse(files.xlsx(sheets.person(id, year(year))));
	}

	@GetMapping("/scoring/team/{village}.xlsx")
	@PreAuthorize("hasAuthority('SCORING_READ')")
	ResponseEntity<byte[]> teamXlsx(@PathVariable String village, @RequestParam(required = false) Integer year) {
		return SheetFiles.xlsxResponse(files.xlsx(sheets.team(village, year(year))));
	}

	/** FRM-2: the person's filled sheet as PDF, with every item's arithmetic and the notes. */
	@GetMapping("/scoring/person/{id}.pdf")
	@PreAuthorize("hasAuthority('SCORING_READ')")
	ResponseEntity<byte[]> personPdf(@PathVariable long id, @RequestParam(required = false) Integer year) {
		return SheetFiles.pdfResponse(files.pdf(sheets.person(id, year(year))));
	}

	/** FRM-2: the team's filled sheet as PDF. */
	@GetMapping("/scoring/team/{village}.pdf")
	@PreAuthorize("hasAuthority('SCORING_READ')")
	ResponseEntity<byte[]> teamPdf(@PathVariable String village, @RequestParam(required = false) Integer year) {
		return SheetFiles.pdfResponse(files.pdf(sheets.team(village, year(year))));
	}

	/** FRM-2: every sheet of a township's people and teams for the year in one .zip, with a progress bar. */
	@PostMapping("/scoring/batch")
	@PreAuthorize("hasAuthority('SCORING_READ') and hasAuthority('PRINT_BATCH')")
	String batch(@RequestParam String township, @RequestParam(required = false) Integer year) {
		return "redirect:/printing/batches/" + files.batch(township, year(year)).id();
	}

	@PostMapping("/scoring/rate")
	@PreAuthorize("hasAuthority('SCORING_RATE')")
	String rate(@RequestParam Subject subject, @RequestParam(required = false) Long personId,
			@RequestParam(required = false) String village, @RequestParam int year, @RequestParam String itemCode,
			@RequestParam(required = false) String raterKind, @RequestParam(required = false) String raterName,
			@RequestParam(required = false) BigDecimal score, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		String back = subject == Subject.TEAM ? "/scoring/team/" + village : "/scoring/person/" + personId;
		step(redirect, "scoring.rate.saved", () -> sheets.rate(new RateCommand(subject, personId, village, year, itemCode,
				raterKind, raterName, score, reason)));
		return "redirect:" + back + "?year=" + year + "#item-" + itemCode.replace('.', '-');
	}

	// --- templates ---

	@GetMapping("/scoring/templates")
	@PreAuthorize("hasAuthority('SCORING_READ')")
	String templates(Model model) {
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("scoring.templates.title", null)));
		model.addAttribute("templates", templates.visible());
		model.addAttribute("counties", templates.counties());
		model.addAttribute("annexes", Annex.values());
		model.addAttribute("thisYear", sheets.today().getYear());
		return "scoring/templates";
	}

	@GetMapping("/scoring/templates/{id}")
	@PreAuthorize("hasAuthority('SCORING_READ')")
	String template(@PathVariable long id, Model model) {
		ScoringTemplate t = templates.template(id);
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("scoring.templates.title", "/scoring/templates"),
				Breadcrumb.name(t.title(), null)));
		model.addAttribute("template", t);
		model.addAttribute("flags", views.flags(t.flags(), LocaleContextHolder.getLocale()));
		model.addAttribute("countyName", t.countyNodeId() == null ? null
				: templates.counties().stream().filter(c -> c.id() == t.countyNodeId()).map(c -> c.name()).findFirst().orElse(""));
		return "scoring/template";
	}

	@GetMapping("/scoring/templates/refine")
	@PreAuthorize("hasAuthority('SCORING_TEMPLATE_WRITE')")
	String refineForm(@RequestParam String annex, @RequestParam String county, @RequestParam(required = false) Integer year,
			Model model) {
		int from = year(year);
		var place = templates.county(county);
		ScoringTemplate base = templates.inForce(Annex.ofCode(annex), place.id(), from);
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("scoring.templates.title", "/scoring/templates"),
				Breadcrumb.key("scoring.templates.refine", null)));
		model.addAttribute("base", base);
		model.addAttribute("county", place);
		model.addAttribute("fromYear", from);
		model.addAttribute("flags", views.flags(base.flags(), LocaleContextHolder.getLocale()));
		model.addAttribute("raterKinds", RaterKind.values());
		return "scoring/refine";
	}

	@PostMapping("/scoring/templates/refine")
	@PreAuthorize("hasAuthority('SCORING_TEMPLATE_WRITE')")
	String refine(@RequestParam String annex, @RequestParam String county, @RequestParam Integer fromYear,
			@RequestParam(required = false) String note, @RequestParam(name = "code", required = false) List<String> codes,
			@RequestParam(name = "name", required = false) List<String> names,
			@RequestParam(name = "maximum", required = false) List<String> maxima,
			@RequestParam(name = "rule", required = false) List<String> rules,
			@RequestParam(name = "kind", required = false) List<String> kinds,
			@RequestParam(name = "source", required = false) List<String> sources,
			@RequestParam(name = "params", required = false) List<String> params,
			@RequestParam(name = "raters", required = false) List<String> raters,
			@RequestParam(name = "bonus", required = false) List<String> bonus,
			@RequestParam(name = "remainder", required = false) List<String> remainders,
			@RequestParam(name = "remove", required = false) List<String> removed, RedirectAttributes redirect) {
		List<TemplateItemCommand> items = new ArrayList<>();
		int n = codes == null ? 0 : codes.size();
		for (int i = 0; i < n; i++) {
			String code = codes.get(i);
			if ((code == null || code.isBlank()) && (at(names, i) == null || at(names, i).isBlank())) {
				continue;
			}
			items.add(new TemplateItemCommand(code, at(names, i), decimal(at(maxima, i), code), at(rules, i), at(kinds, i),
					at(sources, i), at(params, i), at(raters, i) == null ? List.of() : List.of(at(raters, i).split("[,，\\s]+")),
					"true".equals(at(bonus, i)), at(remainders, i), removed != null && removed.contains(code)));
		}
		try {
			ScoringTemplate saved = templates.refine(new RefinementCommand(annex, county, fromYear, note, items));
			redirect.addFlashAttribute("flash", text("scoring.templates.saved", String.valueOf(saved.revision())));
			return "redirect:/scoring/templates/" + saved.id();
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.args()));
			return "redirect:/scoring/templates/refine?annex=" + annex + "&county=" + county + "&year=" + fromYear;
		}
	}

	private static String at(List<String> list, int i) {
		return list == null || i >= list.size() ? null : list.get(i);
	}

	private static BigDecimal decimal(String value, String code) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("items", "scoring.error.itemMaximum", code);
		}
	}

	// --- team activities ---

	@GetMapping("/scoring/activities")
	@PreAuthorize("hasAuthority('SCORING_READ')")
	String activities(@RequestParam String village, @RequestParam(required = false) Integer year, Model model) {
		int shown = year(year);
		List<TeamActivity> list = sheets.activities(village, shown);
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("scoring.title", "/scoring?year=" + shown),
				Breadcrumb.key("scoring.activities.title", null)));
		model.addAttribute("village", village);
		model.addAttribute("year", shown);
		model.addAttribute("activities", list);
		model.addAttribute("kinds", TeamActivity.Kind.values());
		return "scoring/activities";
	}

	@PostMapping("/scoring/activities")
	@PreAuthorize("hasAuthority('SCORING_ACTIVITY_WRITE')")
	String addActivity(@RequestParam String village, @RequestParam(required = false) String kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(required = false) String title, @RequestParam(required = false) Integer personTimes,
			RedirectAttributes redirect) {
		step(redirect, "scoring.activities.saved",
				() -> sheets.addActivity(new ActivityCommand(village, kind, heldOn, title, personTimes)));
		return "redirect:/scoring/activities?village=" + village + "&year="
				+ (heldOn == null ? sheets.today().getYear() : heldOn.getYear());
	}

	private void step(RedirectAttributes redirect, String savedKey, Runnable work) {
		try {
			work.run();
			redirect.addFlashAttribute("flash", text(savedKey));
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.args()));
		}
	}

	private int year(Integer year) {
		return year == null ? sheets.today().getYear() : year;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
