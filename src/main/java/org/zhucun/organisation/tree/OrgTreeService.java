package org.zhucun.organisation.tree;

import static org.zhucun.organisation.tree.NodeSpecifications.active;
import static org.zhucun.organisation.tree.NodeSpecifications.childOf;
import static org.zhucun.organisation.tree.NodeSpecifications.codeIs;
import static org.zhucun.organisation.tree.NodeSpecifications.idIs;
import static org.zhucun.organisation.tree.NodeSpecifications.isRoot;
import static org.zhucun.organisation.tree.NodeSpecifications.nameOrCodeContains;
import static org.zhucun.organisation.tree.NodeSpecifications.pathIn;
import static org.zhucun.organisation.tree.NodeSpecifications.visibleTo;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.common.scope.DataScope;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;

/**
 * Browsing and changing the administrative tree (ORG-1/2) within the user's data scope (ORG-5).
 * A node outside the scope is reported as not found, exactly like a node that does not exist.
 */
@Service
@Transactional
public class OrgTreeService {

	static final Sort BY_CODE = Sort.by("code");

	private final OrgNodeRepository nodes;

	private final DataScopeProvider scopes;

	public OrgTreeService(OrgNodeRepository nodes, DataScopeProvider scopes) {
		this.nodes = nodes;
		this.scopes = scopes;
	}

	private Specification<OrgNode> visible() {
		return visibleTo(scopes.currentScope());
	}

	@Transactional(readOnly = true)
	public OrgNode get(long id) {
		return nodes.findOne(visible().and(idIs(id))).orElseThrow(() -> new NotFoundException("node.error.notFound"));
	}

	/** The tops of the user's part of the tree: the roots for an unrestricted user, else the scope's own nodes. */
	@Transactional(readOnly = true)
	public List<OrgNode> roots() {
		DataScope scope = scopes.currentScope();
		Specification<OrgNode> tops = scope.isUnrestricted() ? isRoot() : pathIn(scope.nodePaths());
		return nodes.findAll(visible().and(tops), BY_CODE);
	}

	@Transactional(readOnly = true)
	public List<OrgNode> children(long parentId) {
		get(parentId);
		return nodes.findAll(visible().and(childOf(parentId)), BY_CODE);
	}

	@Transactional(readOnly = true)
	public Page<OrgNode> search(String text, Pageable page) {
		Specification<OrgNode> spec = visible();
		if (text != null && !text.isBlank()) {
			spec = spec.and(nameOrCodeContains(text.strip()));
		}
		return nodes.findAll(spec, page);
	}

	/**
	 * The ancestors of a node from the root down, for breadcrumbs. Names of ancestors above the
	 * user's scope are shown (they say where the user's part sits), nothing else of them.
	 */
	@Transactional(readOnly = true)
	public List<OrgNode> ancestors(OrgNode node) {
		List<Long> ids = node.pathIds().subList(0, node.pathIds().size() - 1);
		Map<Long, OrgNode> byId = nodes.findAllById(ids).stream().collect(Collectors.toMap(OrgNode::getId, Function.identity()));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	@Transactional(readOnly = true)
	public String parentCode(OrgNode node) {
		return node.getParentId() == null ? null : nodes.findById(node.getParentId()).map(OrgNode::getCode).orElse(null);
	}

	public OrgNode create(NodeCommand command) {
		requireUniqueCode(command.code(), null);
		OrgNode node;
		if (command.parentCode() == null || command.parentCode().isEmpty()) {
			if (!scopes.currentScope().isUnrestricted()) {
				throw new InvalidInputException("parentCode", "validation.required");
			}
			node = OrgNode.root(nodes.nextId(), command.code(), command.name());
		}
		else {
			OrgNode parent = visibleParent(command.parentCode());
			requireUniqueSiblingName(parent.getId(), command.name());
			node = OrgNode.childOf(parent, nodes.nextId(), command.code(), command.name());
		}
		node.describeVillage(command.villageProfile());
		return nodes.save(node);
	}

	public OrgNode update(long id, NodeCommand command) {
		OrgNode node = get(id);
		if (command.version() != null && command.version() != node.getVersion()) {
			throw new ConflictException("error.staleEdit");
		}
		if (!node.getCode().equals(command.code())) {
			requireUniqueCode(command.code(), id);
		}
		String currentParentCode = parentCode(node);
		boolean moving = !Objects.equals(blankToNull(command.parentCode()), currentParentCode);
		OrgNode newParent = null;
		if (moving) {
			if (blankToNull(command.parentCode()) == null) {
				throw new InvalidInputException("parentCode", "validation.required");
			}
			newParent = visibleParent(command.parentCode());
		}
		Long siblingsOf = moving ? newParent.getId() : node.getParentId();
		if (siblingsOf != null && nodes.existsByParentIdAndNameAndIdNot(siblingsOf, command.name(), id)) {
			throw new InvalidInputException("name", "node.error.duplicateSiblingName", command.name());
		}
		if (moving) {
			node.moveUnder(newParent);
		}
		node.rename(command.code(), command.name());
		node.describeVillage(command.villageProfile());
		if (moving) {
			String oldPath = node.getPath();
			String newPath = newParent.getPath() + node.getId() + "/";
			nodes.saveAndFlush(node);
			nodes.rewritePaths(oldPath, oldPath.length(), newPath);
			return nodes.findById(id).orElseThrow();
		}
		return node;
	}

	/** Deactivates a node; its history stays. A node with active children cannot be deactivated. */
	public OrgNode deactivate(long id) {
		OrgNode node = get(id);
		if (nodes.exists(childOf(id).and(active()))) {
			throw new InvalidInputException("active", "node.error.hasActiveChildren", node.getName());
		}
		node.deactivate();
		return node;
	}

	public OrgNode reactivate(long id) {
		OrgNode node = get(id);
		if (node.getParentId() != null && !nodes.findById(node.getParentId()).map(OrgNode::isActive).orElse(false)) {
			throw new InvalidInputException("active", "node.error.parentInactive", parentCode(node));
		}
		node.reactivate();
		return node;
	}

	/** The node with this code, if it lies inside the user's scope. */
	@Transactional(readOnly = true)
	public java.util.Optional<OrgNode> findVisibleByCode(String code) {
		return nodes.findOne(visible().and(codeIs(code)));
	}

	private OrgNode visibleParent(String code) {
		return findVisibleByCode(code)
			.orElseThrow(() -> new InvalidInputException("parentCode", "node.error.unknownParent", code));
	}

	/** Nodes in the user's scope, ordered by level then code (for exports and pick lists). */
	@Transactional(readOnly = true)
	public List<OrgNode> allVisible() {
		return nodes.findAll(visible()).stream()
			.sorted(Comparator.comparing(OrgNode::getLevel).thenComparing(OrgNode::getCode))
			.toList();
	}

	private void requireUniqueCode(String code, Long exceptId) {
		nodes.findByCode(code).filter(existing -> !existing.getId().equals(exceptId)).ifPresent(existing -> {
			throw new InvalidInputException("code", "node.error.duplicateCode", code);
		});
	}

	private void requireUniqueSiblingName(Long parentId, String name) {
		if (parentId != null && nodes.existsByParentIdAndName(parentId, name)) {
			throw new InvalidInputException("name", "node.error.duplicateSiblingName", name);
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
