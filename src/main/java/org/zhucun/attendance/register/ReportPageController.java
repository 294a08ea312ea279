package org.zhucun.attendance.register;

import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.zhucun.common.excel.XlsxTemplates;
import org.zhucun.common.ui.Breadcrumb;

/**
 * The attendance report of a county over a quarter, a month or a year (ATT-4, ATT-5, ATT-7): the page,
 * its export for the dispatching units and the same in JSON.
 */
@Controller
class ReportPageController {

	private final AttendanceFigures figures;

	private final ReportWorkbook workbook;

	private final org.springframework.context.MessageSource messages;

	ReportPageController(AttendanceFigures figures, ReportWorkbook workbook,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.figures = figures;
		this.workbook = workbook;
	}

	@GetMapping("/attendance/report")
	@PreAuthorize("hasAuthority('ATTENDANCE_READ')")
	String report(@RequestParam(required = false) String area, @RequestParam(required = false) String period, Model model) {
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("attendance.report.title", null)));
		var counties = figures.counties();
		model.addAttribute("counties", counties);
		String code = area != null && !area.isBlank() ? area : counties.isEmpty() ? null : counties.get(0).code();
		if (code != null) {
			model.addAttribute("report", figures.report(code, period));
		}
		return "attendance/report";
	}

	@GetMapping("/attendance/report.xlsx")
	@PreAuthorize("hasAuthority('ATTENDANCE_READ')")
	ResponseEntity<byte[]> export(@RequestParam String area, @RequestParam(required = false) String period) {
		AttendanceReport report = figures.report(area, period);
		return XlsxTemplates.attachment(messages.getMessage("attendance.report.fileName",
				new Object[] { report.area().name(), report.period().label() }, LocaleContextHolder.getLocale()),
				workbook.write(report, LocaleContextHolder.getLocale()));
	}

	@GetMapping("/api/v1/attendance/report")
	@PreAuthorize("hasAuthority('ATTENDANCE_READ')")
	@ResponseBody
	@io.swagger.v3.oas.annotations.Operation(summary = "Attendance of a county or township over a period (2026, 2026-Q3 or 2026-10)",
			tags = "Attendance register")
	AttendanceReport api(@RequestParam String area, @RequestParam(required = false) String period) {
		return figures.report(area, period);
	}

}
