package org.zhucun.organisation.tree;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.common.ui.Breadcrumb;
import org.zhucun.common.web.FormErrors;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;

/** Pages of the administrative tree: browse (expand/collapse, search), view, create, edit, deactivate. */
@Controller
class TreePageController {

	private final OrgTreeService tree;

	private final MessageSource messages;

	TreePageController(OrgTreeService tree, MessageSource messages) {
		this.tree = tree;
		this.messages = messages;
	}

	@GetMapping("/org/tree")
	@PreAuthorize("hasAuthority('ORG_TREE_READ')")
	String tree(@RequestParam(required = false) String q, Model model) {
		if (q != null && !q.isBlank()) {
			model.addAttribute("q", q.strip());
			model.addAttribute("results", tree.search(q.strip(), PageRequest.of(0, 50, OrgTreeService.BY_CODE)));
		}
		model.addAttribute("roots", tree.roots());
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.tree", "/org/tree")));
		return "organisation/tree";
	}

	/** htmx: the children of a node, as list items to put under it. */
	@GetMapping("/org/nodes/{id}/children")
	@PreAuthorize("hasAuthority('ORG_TREE_READ')")
	String children(@PathVariable long id, Model model) {
		model.addAttribute("nodes", tree.children(id));
		model.addAttribute("listId", "children-" + id);
		return "organisation/tree :: nodeList";
	}

	@GetMapping("/org/nodes/{id}")
	@PreAuthorize("hasAuthority('ORG_TREE_READ')")
	String node(@PathVariable long id, Model model) {
		OrgNode node = tree.get(id);
		model.addAttribute("node", node);
		model.addAttribute("children", tree.children(id));
		model.addAttribute("parentCode", tree.parentCode(node));
		model.addAttribute("breadcrumbs", crumbs(node, false));
		return "organisation/node";
	}

	@GetMapping("/org/nodes/new")
	@PreAuthorize("hasAuthority('ORG_TREE_WRITE')")
	String newNode(@RequestParam(name = "parent", required = false) String parentCode, Model model) {
		OrgNode parent = parentCode == null || parentCode.isBlank() ? null
				: tree.findVisibleByCode(parentCode.strip()).orElseThrow(() -> new NotFoundException("node.error.notFound"));
		model.addAttribute("command", NodeCommand.childOf(parent == null ? null : parent.getCode()));
		return formView(model, null, parent);
	}

	@PostMapping("/org/nodes")
	@PreAuthorize("hasAuthority('ORG_TREE_WRITE')")
	String create(@Valid @ModelAttribute("command") NodeCommand command, BindingResult result, Model model,
			HttpServletResponse response,
			RedirectAttributes redirect) {
		OrgNode parent = command.parentCode() == null ? null : tree.findVisibleByCode(command.parentCode()).orElse(null);
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return formView(model, null, parent);
		}
		try {
			OrgNode node = tree.create(command);
			redirect.addFlashAttribute("flash", text("node.created", node.getName()));
			return "redirect:/org/nodes/" + node.getId();
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return formView(model, null, parent);
		}
	}

	@GetMapping("/org/nodes/{id}/edit")
	@PreAuthorize("hasAuthority('ORG_TREE_WRITE')")
	String edit(@PathVariable long id, Model model) {
		OrgNode node = tree.get(id);
		model.addAttribute("command", NodeCommand.of(node, tree.parentCode(node)));
		return formView(model, node, null);
	}

	@PostMapping("/org/nodes/{id}")
	@PreAuthorize("hasAuthority('ORG_TREE_WRITE')")
	String update(@PathVariable long id, @Valid @ModelAttribute("command") NodeCommand command, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		OrgNode node = tree.get(id);
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return formView(model, node, null);
		}
		try {
			OrgNode saved = tree.update(id, command);
			redirect.addFlashAttribute("flash", text("node.updated", saved.getName()));
			return "redirect:/org/nodes/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return formView(model, node, null);
		}
	}

	@PostMapping("/org/nodes/{id}/deactivate")
	@PreAuthorize("hasAuthority('ORG_TREE_WRITE')")
	String deactivate(@PathVariable long id, RedirectAttributes redirect) {
		OrgNode node = tree.deactivate(id);
		redirect.addFlashAttribute("flash", text("node.deactivated", node.getName()));
		return "redirect:/org/nodes/" + id;
	}

	@PostMapping("/org/nodes/{id}/reactivate")
	@PreAuthorize("hasAuthority('ORG_TREE_WRITE')")
	String reactivate(@PathVariable long id, RedirectAttributes redirect) {
		OrgNode node = tree.reactivate(id);
		redirect.addFlashAttribute("flash", text("node.reactivated", node.getName()));
		return "redirect:/org/nodes/" + id;
	}

	private String formView(Model model, OrgNode editing, OrgNode parent) {
		model.addAttribute("editing", editing);
		model.addAttribute("parent", parent);
		boolean village = editing != null ? editing.isVillage()
				: parent != null && parent.getLevel().childLevel().map(l -> l == org.zhucun.organisation.NodeLevel.VILLAGE).orElse(false);
		model.addAttribute("villageForm", village);
		model.addAttribute("newLevel", parent == null ? null : parent.getLevel().childLevel().orElse(null));
		List<Breadcrumb> crumbs = editing != null ? crumbs(editing, true)
				: parent != null ? crumbs(parent, true) : new ArrayList<>(List.of(Breadcrumb.key("menu.tree", "/org/tree")));
		crumbs.add(Breadcrumb.key(editing != null ? "action.edit" : "node.new.title", null));
		model.addAttribute("breadcrumbs", crumbs);
		return "organisation/node-form";
	}

	private List<Breadcrumb> crumbs(OrgNode node, boolean linkSelf) {
		List<Breadcrumb> crumbs = new ArrayList<>();
		crumbs.add(Breadcrumb.key("menu.tree", "/org/tree"));
		for (OrgNode a : tree.ancestors(node)) {
			crumbs.add(Breadcrumb.name(a.getName(), null));
		}
		crumbs.add(Breadcrumb.name(node.getName(), linkSelf ? "/org/nodes/" + node.getId() : null));
		return crumbs;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
