package org.zhucun.organisation.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Finds the rows of an import file whose parents, followed inside the file, lead back to themselves
 * (A under B and B under A, or A under A). Such rows can be put in no order, so they are reported as
 * a cycle rather than as a wrong level, which is only the symptom.
 */
final class ParentCycles {

	private final List<ImportRow> rows;

	private final UnaryOperator<ImportRow> parentInFile;

	/** {@code parentInFile} gives the row a row's parent code names, or null if it names no row of the file. */
	ParentCycles(List<ImportRow> rows, UnaryOperator<ImportRow> parentInFile) {
		this.rows = rows;
		this.parentInFile = parentInFile;
	}

	/** For each row on a cycle, the row numbers of its cycle in the order the parents lead. */
	Map<Integer, List<Integer>> byRow() {
		Map<Integer, List<Integer>> cycles = new HashMap<>();
		Set<Integer> done = new HashSet<>();
		for (ImportRow start : rows) {
			// walk up from the row; the walk is iterative so that a long chain cannot overflow the stack
			List<ImportRow> path = new ArrayList<>();
			Set<Integer> onPath = new HashSet<>();
			ImportRow current = start;
			while (current != null && !done.contains(current.number()) && onPath.add(current.number())) {
				path.add(current);
				current = parentInFile.apply(current);
			}
			if (current != null && onPath.contains(current.number()) && !done.contains(current.number())) {
				List<ImportRow> cycle = path.subList(path.indexOf(current), path.size());
				List<Integer> numbers = cycle.stream().map(ImportRow::number).toList();
				cycle.forEach(row -> cycles.put(row.number(), numbers));
			}
			path.forEach(row -> done.add(row.number()));
		}
		return cycles;
	}

}
