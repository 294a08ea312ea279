package org.zhucun.organisation.tree;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhucun.common.web.PageResponse;

/** The administrative tree over the API, with the same permissions and data scope as the pages. */
@RestController
@RequestMapping("/api/v1/org/nodes")
@Tag(name = "组织机构 Organisation tree")
class NodeApiController {

	private final OrgTreeService tree;

	NodeApiController(OrgTreeService tree) {
		this.tree = tree;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('ORG_TREE_READ')")
	@Operation(summary = "查询组织机构（分页）Search nodes in the user's scope")
	PageResponse<NodeView> search(@RequestParam(required = false) String q,
			@PageableDefault(size = 20, sort = "code") Pageable page) {
		return PageResponse.of(tree.search(q, page), NodeView::of);
	}

	@GetMapping("/roots")
	@PreAuthorize("hasAuthority('ORG_TREE_READ')")
	@Operation(summary = "管理范围的顶层机构 The tops of the user's part of the tree")
	List<NodeView> roots() {
		return tree.roots().stream().map(NodeView::of).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('ORG_TREE_READ')")
	@Operation(summary = "查看机构 One node")
	NodeView get(@PathVariable long id) {
		return NodeView.of(tree.get(id));
	}

	@GetMapping("/{id}/children")
	@PreAuthorize("hasAuthority('ORG_TREE_READ')")
	@Operation(summary = "下级机构 The children of a node")
	List<NodeView> children(@PathVariable long id) {
		return tree.children(id).stream().map(NodeView::of).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('ORG_TREE_WRITE')")
	@Operation(summary = "新建机构 Create a node under parentCode")
	NodeView create(@Valid @RequestBody NodeCommand command) {
		return NodeView.of(tree.create(command));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('ORG_TREE_WRITE')")
	@Operation(summary = "修改机构（含移动到新上级）Change a node, or move it under another parent")
	NodeView update(@PathVariable long id, @Valid @RequestBody NodeCommand command) {
		return NodeView.of(tree.update(id, command));
	}

	@PostMapping("/{id}/deactivate")
	@PreAuthorize("hasAuthority('ORG_TREE_WRITE')")
	@Operation(summary = "停用机构 Deactivate a node (never deleted)")
	NodeView deactivate(@PathVariable long id) {
		return NodeView.of(tree.deactivate(id));
	}

	@PostMapping("/{id}/reactivate")
	@PreAuthorize("hasAuthority('ORG_TREE_WRITE')")
	@Operation(summary = "启用机构 Reactivate a node")
	NodeView reactivate(@PathVariable long id) {
		return NodeView.of(tree.reactivate(id));
	}

}
