package org.zhucun.organisation.importing;

import static org.zhucun.organisation.importing.ImportColumn.CODE;
import static org.zhucun.organisation.importing.ImportColumn.LEVEL;
import static org.zhucun.organisation.importing.ImportColumn.NAME;
import static org.zhucun.organisation.importing.ImportColumn.PARENT_CODE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.zhucun.organisation.NodeLevel;
import org.zhucun.organisation.importing.ExistingTree.ExistingNode;
import org.zhucun.organisation.importing.ImportPlan.PlannedNode;
import org.zhucun.organisation.importing.VillageColumns.VillageValues;
import org.zhucun.organisation.tree.NodeCommand;

/**
 * Checks every row of an import file against the rules of the tree (ORG-1/2) and the user's scope
 * (ORG-5) and collects every problem before anything is written, so that a file is imported whole
 * or not at all (SEC-9) and the user can fix all rows in one go. The limits are those of
 * {@link NodeCommand}; the tree service checks the rules once more when the nodes are created.
 */
final class ImportValidator {

	static final int CODE_MAX_LENGTH = 20;

	static final int NAME_MAX_LENGTH = 50;

	private static final Pattern CODE_PATTERN = Pattern.compile("[0-9A-Za-z-]+");

	private final ImportVocabulary vocabulary;

	private final VillageColumns villageColumns;

	ImportValidator(ImportVocabulary vocabulary) {
		this.vocabulary = vocabulary;
		this.villageColumns = new VillageColumns(vocabulary);
	}

	ImportPlan validate(List<ImportRow> rows, ExistingTree existing) {
		return new Check(rows, existing).run();
	}

	/** The state of checking one file: the rows by code and by name, the cycles, the problems so far. */
	private final class Check {

		private final List<ImportRow> rows;

		private final ExistingTree existing;

		private final List<ImportProblem> problems = new ArrayList<>();

		private final Map<String, ImportRow> firstWithCode = new HashMap<>();

		private final Map<String, ImportRow> firstWithSiblingName = new HashMap<>();

		private final Map<Integer, List<Integer>> cycleOfRow;

		Check(List<ImportRow> rows, ExistingTree existing) {
			this.rows = rows;
			this.existing = existing;
			rows.stream().filter(r -> !r.isBlank(CODE)).forEach(r -> firstWithCode.putIfAbsent(r.cell(CODE), r));
			this.cycleOfRow = new ParentCycles(rows, this::parentInFile).byRow();
		}

		ImportPlan run() {
			List<PlannedNode> planned = new ArrayList<>();
			for (ImportRow row : rows) {
				NodeLevel level = checkLevel(row);
				checkCode(row);
				checkName(row);
				checkParent(row, level);
				planned.add(new PlannedNode(row.number(), level, command(row, level)));
			}
			if (!problems.isEmpty()) {
				return new ImportPlan(List.of(), problems);
			}
			// a parent is exactly one level above its child: by level is parents first
			planned.sort(Comparator.comparing(PlannedNode::level).thenComparingInt(PlannedNode::row));
			return new ImportPlan(planned, List.of());
		}

		/**
		 * The row of the file that the row's parent code names. A code that is already stored names the
		 * stored node: the row that repeats it is refused anyway and should not also confuse its children.
		 */
		private ImportRow parentInFile(ImportRow row) {
			String parentCode = row.cell(PARENT_CODE);
			return parentCode.isEmpty() || existing.codeTaken(parentCode) ? null : firstWithCode.get(parentCode);
		}

		private NodeLevel checkLevel(ImportRow row) {
			if (row.isBlank(LEVEL)) {
				problem(row, LEVEL, "import.error.required");
				return null;
			}
			Optional<NodeLevel> level = vocabulary.level(row.cell(LEVEL));
			if (level.isEmpty()) {
				problem(row, LEVEL, "import.error.unknownLevel", row.cell(LEVEL));
			}
			return level.orElse(null);
		}

		private void checkCode(ImportRow row) {
			String code = row.cell(CODE);
			if (code.isEmpty()) {
				problem(row, CODE, "import.error.required");
			}
			else if (code.length() > CODE_MAX_LENGTH) {
				problem(row, CODE, "import.error.tooLong", CODE_MAX_LENGTH);
			}
			else if (!CODE_PATTERN.matcher(code).matches()) {
				problem(row, CODE, "import.error.codePattern");
			}
			else if (firstWithCode.get(code) != row) {
				problem(row, CODE, "import.error.duplicateCodeInFile", code, firstWithCode.get(code).number());
			}
			else if (existing.codeTaken(code)) {
				problem(row, CODE, "import.error.codeExists", code);
			}
		}

		private void checkName(ImportRow row) {
			if (row.isBlank(NAME)) {
				problem(row, NAME, "import.error.required");
			}
			else if (row.cell(NAME).length() > NAME_MAX_LENGTH) {
				problem(row, NAME, "import.error.tooLong", NAME_MAX_LENGTH);
			}
		}

		private void checkParent(ImportRow row, NodeLevel level) {
			String parentCode = row.cell(PARENT_CODE);
			if (cycleOfRow.containsKey(row.number())) {
				problem(row, PARENT_CODE, "import.error.cycle", cycleOfRow.get(row.number()));
				return;
			}
			if (parentCode.isEmpty()) {
				if (level == NodeLevel.REGION && !existing.mayCreateRoots()) {
					problem(row, LEVEL, "import.error.regionOutsideScope");
				}
				else if (level != null && level != NodeLevel.REGION) {
					problem(row, PARENT_CODE, "import.error.required");
				}
				return;
			}
			if (level == NodeLevel.REGION) {
				problem(row, PARENT_CODE, "import.error.regionHasParent");
				return;
			}
			ImportRow parentRow = parentInFile(row);
			Long storedParentId = null;
			NodeLevel parentLevel;
			if (parentRow != null) {
				parentLevel = vocabulary.level(parentRow.cell(LEVEL)).orElse(null);
			}
			else {
				Optional<ExistingNode> parent = existing.visibleNode(parentCode);
				if (parent.isEmpty()) {
					problem(row, PARENT_CODE, "import.error.unknownParent", parentCode);
					return;
				}
				if (!parent.get().active()) {
					problem(row, PARENT_CODE, "import.error.parentInactive", parentCode);
					return;
				}
				parentLevel = parent.get().level();
				storedParentId = parent.get().id();
			}
			if (level != null && parentLevel != null && parentLevel.childLevel().orElse(null) != level) {
				if (parentLevel == NodeLevel.VILLAGE) {
					problem(row, PARENT_CODE, "import.error.parentIsVillage", parentCode);
				}
				else {
					problem(row, LEVEL, "import.error.levelBelowParent", parentCode, parentLevel,
							parentLevel.childLevel().orElseThrow());
				}
			}
			checkSiblingName(row, storedParentId);
		}

		private void checkSiblingName(ImportRow row, Long storedParentId) {
			String name = row.cell(NAME);
			if (name.isEmpty()) {
				return;
			}
			ImportRow first = firstWithSiblingName.putIfAbsent(row.cell(PARENT_CODE) + '\n' + name, row);
			if (first != null) {
				problem(row, NAME, "import.error.duplicateNameInFile", name, first.number());
			}
			else if (storedParentId != null && existing.nameTakenUnder(storedParentId, name)) {
				problem(row, NAME, "import.error.nameExists", name);
			}
		}

		private NodeCommand command(ImportRow row, NodeLevel level) {
			VillageValues village = villageColumns.read(row, level, problems);
			return new NodeCommand(row.cell(CODE), row.cell(NAME), row.isBlank(PARENT_CODE) ? null : row.cell(PARENT_CODE),
					village.poorVillage(), village.weakPartyOrganisation(), village.latitude(), village.longitude(),
					village.geofenceRadiusMetres(), village.residentPopulation(), null);
		}

		private void problem(ImportRow row, ImportColumn column, String messageKey, Object... args) {
			problems.add(ImportProblem.at(row.number(), column, messageKey, args));
		}

	}

}
