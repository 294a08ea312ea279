package org.zhucun.organisation.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.data.jpa.domain.Specification;
import org.zhucun.common.scope.DataScope;
import org.zhucun.organisation.tree.OrgNode;
import org.zhucun.organisation.tree.OrgNodeRepository;

/**
 * The stored nodes an import file refers to, loaded in a few queries up front (by code, then the
 * names under each referenced parent) instead of several queries per row, and judged against the
 * importing user's data scope (ORG-5).
 */
final class StoredTree implements ExistingTree {

	/** Values per {@code IN} list, well below what PostgreSQL accepts in one statement. */
	private static final int CHUNK = 1000;

	private final DataScope scope;

	private final Map<String, OrgNode> byCode;

	private final Map<Long, Set<String>> childNames;

	private StoredTree(DataScope scope, Map<String, OrgNode> byCode, Map<Long, Set<String>> childNames) {
		this.scope = scope;
		this.byCode = byCode;
		this.childNames = childNames;
	}

	static StoredTree load(OrgNodeRepository nodes, DataScope scope, List<ImportRow> rows) {
		Set<String> codes = new HashSet<>();
		rows.forEach(row -> Stream.of(ImportColumn.CODE, ImportColumn.PARENT_CODE)
			.filter(column -> !row.isBlank(column))
			.forEach(column -> codes.add(row.cell(column))));
		Map<String, OrgNode> byCode = new HashMap<>();
		inChunks(codes, chunk -> nodes.findAll(valueIn("code", chunk)))
			.forEach(node -> byCode.put(node.getCode(), node));
		Set<Long> parentIds = new HashSet<>();
		rows.forEach(row -> Optional.ofNullable(byCode.get(row.cell(ImportColumn.PARENT_CODE)))
			.filter(parent -> scope.coversPath(parent.getPath()))
			.ifPresent(parent -> parentIds.add(parent.getId())));
		Map<Long, Set<String>> childNames = new HashMap<>();
		inChunks(parentIds, chunk -> nodes.findAll(valueIn("parentId", chunk)))
			.forEach(child -> childNames.computeIfAbsent(child.getParentId(), id -> new HashSet<>()).add(child.getName()));
		return new StoredTree(scope, byCode, childNames);
	}

	@Override
	public Optional<ExistingNode> visibleNode(String code) {
		return Optional.ofNullable(byCode.get(code))
			.filter(node -> scope.coversPath(node.getPath()))
			.map(node -> new ExistingNode(node.getId(), node.getLevel(), node.isActive()));
	}

	@Override
	public boolean codeTaken(String code) {
		return byCode.containsKey(code);
	}

	@Override
	public boolean nameTakenUnder(long parentId, String name) {
		return childNames.getOrDefault(parentId, Set.of()).contains(name);
	}

	@Override
	public boolean mayCreateRoots() {
		return scope.isUnrestricted();
	}

	private static Specification<OrgNode> valueIn(String attribute, Collection<?> values) {
		return (root, query, cb) -> root.get(attribute).in(values);
	}

	private static <T> List<OrgNode> inChunks(Collection<T> values, Function<List<T>, List<OrgNode>> query) {
		List<T> all = new ArrayList<>(values);
		List<OrgNode> found = new ArrayList<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			found.addAll(query.apply(all.subList(from, Math.min(all.size(), from + CHUNK))));
		}
		return found;
	}

}
