package org.zhucun.organisation.office;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The offices of ORG-4 over the API, with the same permissions and data scope as the pages. */
@RestController
@RequestMapping("/api/v1/org/offices")
@Tag(name = "机构 Offices")
class OfficeApiController {

	private final OfficeService offices;

	OfficeApiController(OfficeService offices) {
		this.offices = offices;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('OFFICE_READ')")
	@Operation(summary = "管理范围内的机构 Offices in the user's scope")
	List<OfficeView> list() {
		return offices.list().stream().map(OfficeView::of).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('OFFICE_READ')")
	@Operation(summary = "查看机构 One office")
	OfficeView get(@PathVariable long id) {
		return OfficeView.of(offices.get(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('OFFICE_WRITE')")
	@Operation(summary = "新建机构 Create an office on a node or a unit")
	OfficeView create(@Valid @RequestBody OfficeCommand command) {
		return OfficeView.of(offices.create(command));
	}

	@PostMapping("/{id}/deactivate")
	@PreAuthorize("hasAuthority('OFFICE_WRITE')")
	@Operation(summary = "停用机构 Deactivate an office")
	OfficeView deactivate(@PathVariable long id) {
		return OfficeView.of(offices.deactivate(id));
	}

	@PostMapping("/{id}/reactivate")
	@PreAuthorize("hasAuthority('OFFICE_WRITE')")
	@Operation(summary = "启用机构 Reactivate an office")
	OfficeView reactivate(@PathVariable long id) {
		return OfficeView.of(offices.reactivate(id));
	}

}
