package org.zhucun.printing.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.zhucun.printing.render.FormTable.Cell;
import org.zhucun.printing.render.FormTable.Kind;
import org.zhucun.printing.render.FormTable.Line;
import org.zhucun.printing.render.FormTable.Row;

/**
 * A {@link FormTable} as a Word document: A4, the title in 宋体, the table in 仿宋 (set for East Asian
 * text as well as Latin), spans as merged cells (gridSpan), least row heights as on paper.
 */
public final class DocxTable {

	/** A4 in twentieths of a point. */
	private static final int PAGE_WIDTH = 11906;

	private static final int PAGE_HEIGHT = 16838;

	/** 18 mm and 16 mm margins. */
	private static final int MARGIN = 1020;

	private static final int MARGIN_BOTTOM = 907;

	private static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

	private static final double TWIPS_PER_MM = 56.7;

	public static final String BODY_FONT = "仿宋";

	public static final String TITLE_FONT = "宋体";

	private DocxTable() {
	}

	public static byte[] docx(FormTable table) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.getProperties().getCoreProperties().setTitle(table.title());
			page(document);
			XWPFParagraph heading = document.createParagraph();
			heading.setAlignment(ParagraphAlignment.CENTER);
			run(heading, table.title(), TITLE_FONT, 16, true);
			if (table.period() != null) {
				XWPFParagraph period = document.createParagraph();
				period.setAlignment(ParagraphAlignment.CENTER);
				run(period, "（" + table.period() + "）", BODY_FONT, 14, false);
			}
			grid(document, table);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void page(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
				: document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(PAGE_WIDTH));
		size.setH(BigInteger.valueOf(PAGE_HEIGHT));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setLeft(BigInteger.valueOf(MARGIN));
		margins.setRight(BigInteger.valueOf(MARGIN));
		margins.setTop(BigInteger.valueOf(MARGIN));
		margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
	}

	private static void grid(XWPFDocument document, FormTable table) {
		int[] percents = table.columnPercents();
		int[] widths = new int[percents.length];
		for (int i = 0; i < percents.length; i++) {
			widths[i] = TEXT_WIDTH * percents[i] / 100;
		}
		XWPFTable grid = document.createTable(table.rows().size(), 1);
		grid.setWidth(String.valueOf(TEXT_WIDTH));
		CTTblLayoutType layout = grid.getCTTbl().getTblPr().isSetTblLayout() ? grid.getCTTbl().getTblPr().getTblLayout()
				: grid.getCTTbl().getTblPr().addNewTblLayout();
		layout.setType(STTblLayoutType.FIXED);
		CTTblGrid columns = grid.getCTTbl().getTblGrid() != null ? grid.getCTTbl().getTblGrid() : grid.getCTTbl().addNewTblGrid();
		while (columns.sizeOfGridColArray() > 0) {
			columns.removeGridCol(0);
		}
		for (int width : widths) {
			columns.addNewGridCol().setW(BigInteger.valueOf(width));
		}
		for (int r = 0; r < table.rows().size(); r++) {
			Row row = table.rows().get(r);
			XWPFTableRow tableRow = grid.getRow(r);
			if (row.minHeightMm() > 0) {
				tableRow.setHeight((int) Math.round(row.minHeightMm() * TWIPS_PER_MM));
				tableRow.setHeightRule(TableRowHeightRule.AT_LEAST);
			}
			int column = 0;
			for (int c = 0; c < row.cells().size(); c++) {
				Cell cell = row.cells().get(c);
				XWPFTableCell tableCell = c == 0 ? tableRow.getCell(0) : tableRow.addNewTableCell();
				int width = 0;
				for (int i = column; i < column + cell.span(); i++) {
					width += widths[i];
				}
				column += cell.span();
				cell(tableCell, row, cell, width);
			}
		}
	}

	private static void cell(XWPFTableCell tableCell, Row row, Cell cell, int width) {
		CTTcPr properties = tableCell.getCTTc().isSetTcPr() ? tableCell.getCTTc().getTcPr() : tableCell.getCTTc().addNewTcPr();
		var cellWidth = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
		cellWidth.setW(BigInteger.valueOf(width));
		cellWidth.setType(STTblWidth.DXA);
		if (cell.span() > 1) {
			properties.addNewGridSpan().setVal(BigInteger.valueOf(cell.span()));
		}
		tableCell.setVerticalAlignment(cell.kind() == Kind.BLOCK ? XWPFVertAlign.TOP : XWPFVertAlign.CENTER);
		boolean first = true;
		Line firstFoot = cell.kind() == Kind.BLOCK && row.minHeightMm() > 0 && !cell.foot().isEmpty() ? cell.foot().get(0) : null;
		for (Line line : cell.lines()) {
			XWPFParagraph paragraph = first ? tableCell.getParagraphs().get(0) : tableCell.addParagraph();
			first = false;
			boolean label = cell.kind() == Kind.LABEL || cell.kind() == Kind.VERTICAL_LABEL;
			paragraph.setAlignment(label ? ParagraphAlignment.CENTER : switch (line.align()) {
				case LEFT -> ParagraphAlignment.LEFT;
				case CENTER -> ParagraphAlignment.CENTER;
				case RIGHT -> ParagraphAlignment.RIGHT;
			});
			if (line == firstFoot) {
				// the signature lines sit at the bottom of the tall cell, as on the paper form
				double gapMm = row.bodyHeightMm(cell) - estimatedHeightMm(cell.body(), width);
				paragraph.setSpacingBefore((int) Math.max(170, Math.round(gapMm * TWIPS_PER_MM)));
			}
			else if (line.gapBefore()) {
				paragraph.setSpacingBefore(170);
			}
			String text = line.text() == null ? "" : line.text();
			if (cell.kind() == Kind.VERTICAL_LABEL) {
				text = String.join("\n", text.codePoints().mapToObj(Character::toString).toList());
			}
			run(paragraph, text, BODY_FONT, 11, line.bold());
		}
	}

	/** Roughly how high the lines are at 11 pt in a cell this wide: a Chinese character 3.9 mm, a Latin one half. */
	private static double estimatedHeightMm(java.util.List<Line> lines, int widthTwips) {
		double usable = Math.max(10, widthTwips / TWIPS_PER_MM - 4);
		int count = 0;
		for (Line line : lines) {
			for (String paragraph : (line.text() == null ? "" : line.text()).split("\n", -1)) {
				double width = paragraph.codePoints().mapToDouble(cp -> cp < 0x2E80 ? 2.0 : 3.9).sum();
				count += Math.max(1, (int) Math.ceil(width / usable));
			}
		}
		return count * 5.9;
	}

	private static void run(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(font, FontCharRange.eastAsia);
		run.setFontFamily(font, FontCharRange.ascii);
		run.setFontFamily(font, FontCharRange.hAnsi);
		run.setFontSize(size);
		run.setBold(bold);
		String[] lines = text.replace("\r", "").split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i]);
		}
	}

}
