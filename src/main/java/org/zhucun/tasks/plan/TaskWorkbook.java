package org.zhucun.tasks.plan;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhucun.common.excel.XlsxTemplates;

/** The tasks of a year's plans as a workbook, one line per task (TSK-1, TSK-2). */
@Component
class TaskWorkbook {

	private final MessageSource messages;

	TaskWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(Map<PlanRow, List<PlanView.TaskLine>> plans, Locale locale) {
		return XlsxTemplates.write(workbook -> {
			var styles = XlsxTemplates.Styles.of(workbook);
			Sheet sheet = workbook.createSheet(text(locale, "tasks.title"));
			XlsxTemplates.header(sheet, List.of(text(locale, "tasks.whose"), text(locale, "tasks.village"),
					text(locale, "tasks.status"), text(locale, "tasks.duty"), text(locale, "tasks.description"),
					text(locale, "tasks.target"), text(locale, "tasks.outcome"), text(locale, "tasks.note")), styles);
			int r = 1;
			for (var entry : plans.entrySet()) {
				PlanRow plan = entry.getKey();
				for (PlanView.TaskLine task : entry.getValue()) {
					Row row = sheet.createRow(r++);
					row.createCell(0).setCellValue(plan.name());
					row.createCell(1).setCellValue(plan.villageName());
					row.createCell(2).setCellValue(text(locale, "tasks.status." + plan.status()));
					row.createCell(3).setCellValue(text(locale, task.duty().messageKey()));
					row.createCell(4).setCellValue(task.description());
					row.createCell(5).setCellValue(task.target());
					row.createCell(6).setCellValue(text(locale, "tasks.outcome." + task.outcome()));
					row.createCell(7).setCellValue(task.outcomeNote() == null ? "" : task.outcomeNote());
				}
			}
		});
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
