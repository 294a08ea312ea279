package org.zhucun.audit.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The audit log as an .xlsx workbook for the audit administrator (SEC-6). */
@Component
class AuditWorkbookExporter {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(AuditQuery.CHINA);

	private static final String[] COLUMNS = { "audit.column.id", "audit.column.time", "audit.column.actor",
			"audit.column.address", "audit.column.action", "audit.column.entity", "audit.column.summary",
			"audit.column.changes", "audit.column.hash" };

	private final MessageSource messages;

	AuditWorkbookExporter(MessageSource messages) {
		this.messages = messages;
	}

	byte[] export(List<AuditRow> rows, Locale locale) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(messages.getMessage("audit.title", null, locale));
			Row header = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.length; i++) {
				header.createCell(i).setCellValue(messages.getMessage(COLUMNS[i], null, locale));
			}
			int r = 1;
			for (AuditRow row : rows) {
				Row line = sheet.createRow(r++);
				line.createCell(0).setCellValue(row.id());
				line.createCell(1).setCellValue(TIME.format(row.occurredAt()));
				line.createCell(2).setCellValue(row.actor());
				line.createCell(3).setCellValue(nullToEmpty(row.clientAddress()));
				line.createCell(4).setCellValue(messages.getMessage("audit.action." + row.action(), null, row.action(), locale));
				line.createCell(5).setCellValue(row.entityType() == null ? "" : row.entityType() + " #" + row.entityId());
				line.createCell(6).setCellValue(row.summary() == null ? ""
						: messages.getMessage(row.summary(), null, row.summary(), locale));
				line.createCell(7).setCellValue(nullToEmpty(row.changes()));
				line.createCell(8).setCellValue(row.hash());
			}
			workbook.write(out);
			workbook.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

}
