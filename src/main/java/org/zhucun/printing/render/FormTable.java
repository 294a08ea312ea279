package org.zhucun.printing.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A printed form as one table, independent of the output format: the Word and the PDF renderers
 * both lay out this model, so the two files have the same rows, spans and heights.
 *
 * @param title the heading above the table
 * @param period the line under the heading (in brackets), or null
 * @param columnPercents the width of each grid column, adding up to 100
 * @param rows the rows from top to bottom
 */
public record FormTable(String title, String period, int[] columnPercents, List<Row> rows) {

	public FormTable {
		columnPercents = columnPercents.clone();
		rows = List.copyOf(rows);
	}

	@Override
	public int[] columnPercents() {
		return columnPercents.clone();
	}

	/** A row and the least height it keeps on paper (0: as high as its text). */
	public record Row(int minHeightMm, List<Cell> cells) {

		/** The height of a signature line with the space above it, in mm. */
		public static final double FOOT_LINE_MM = 8.6;

		public Row {
			cells = List.copyOf(cells);
		}

		/** The least height of a tall cell's text, so that its foot lines sit at the bottom. */
		public double bodyHeightMm(Cell cell) {
			return Math.max(0, minHeightMm - 4.5 - cell.foot().size() * FOOT_LINE_MM);
		}

	}

	/** A cell over {@code span} grid columns; a label is centred, a vertical label printed one character a line. */
	public record Cell(int span, Kind kind, List<Line> lines) {

		public Cell {
			lines = List.copyOf(lines);
		}

		/** The lines above the first one set apart (the text of a tall cell). */
		public List<Line> body() {
			return lines.subList(0, footStart());
		}

		/** The lines from the first one set apart (signature, seal, date), kept at the cell's bottom. */
		public List<Line> foot() {
			return lines.subList(footStart(), lines.size());
		}

		private int footStart() {
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).gapBefore()) {
					return i;
				}
			}
			return lines.size();
		}

		public static Cell label(String text) {
			return new Cell(1, Kind.LABEL, List.of(Line.left(text)));
		}

		public static Cell verticalLabel(String text) {
			return new Cell(1, Kind.VERTICAL_LABEL, List.of(Line.left(text)));
		}

		public static Cell value(int span, String text) {
			return new Cell(span, Kind.VALUE, List.of(Line.left(text)));
		}

		/** A tall cell whose text starts at the top. */
		public static Cell block(int span, List<Line> lines) {
			return new Cell(span, Kind.BLOCK, lines);
		}

	}

	public enum Kind {

		LABEL, VERTICAL_LABEL, VALUE, BLOCK

	}

	public enum Align {

		LEFT, CENTER, RIGHT

	}

	/** A paragraph of a cell; {@code gapBefore} leaves space above it (a signature line). */
	public record Line(String text, Align align, boolean bold, boolean gapBefore) {

		public static Line left(String text) {
			return new Line(text, Align.LEFT, false, false);
		}

		public static Line right(String text) {
			return new Line(text, Align.RIGHT, false, true);
		}

		public static Line bold(String text) {
			return new Line(text, Align.LEFT, true, false);
		}

	}

	/** Collects lines, leaving out empty optional ones. */
	public static final class Lines {

		private final List<Line> lines = new ArrayList<>();

		public Lines add(Line line) {
			lines.add(line);
			return this;
		}

		public Lines addIfPresent(String text) {
			if (text != null && !text.isBlank()) {
				lines.add(Line.left(text.strip()));
			}
			return this;
		}

		public List<Line> list() {
			return List.copyOf(lines);
		}

	}

}
