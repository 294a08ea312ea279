package org.zhucun.organisation.unit;

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
import org.zhucun.organisation.UnitType;

/** Dispatching units over the API, with the same permissions and data scope as the pages. */
@RestController
@RequestMapping("/api/v1/org/units")
@Tag(name = "派出单位 Dispatching units")
class UnitApiController {

	private final DispatchingUnitService units;

	UnitApiController(DispatchingUnitService units) {
		this.units = units;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('UNIT_READ')")
	@Operation(summary = "查询派出单位（分页）Search units in the user's scope")
	PageResponse<UnitView> search(@RequestParam(required = false) String q, @RequestParam(required = false) UnitType type,
			@PageableDefault(size = 20, sort = "code") Pageable page) {
		return PageResponse.of(units.search(q, type, page), UnitView::of);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('UNIT_READ')")
	@Operation(summary = "查看派出单位 One unit")
	UnitView get(@PathVariable long id) {
		return UnitView.of(units.get(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('UNIT_WRITE')")
	@Operation(summary = "新建派出单位 Create a unit")
	UnitView create(@Valid @RequestBody UnitCommand command) {
		return UnitView.of(units.create(command));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('UNIT_WRITE')")
	@Operation(summary = "修改派出单位 Change a unit")
	UnitView update(@PathVariable long id, @Valid @RequestBody UnitCommand command) {
		return UnitView.of(units.update(id, command));
	}

	@PostMapping("/{id}/deactivate")
	@PreAuthorize("hasAuthority('UNIT_WRITE')")
	@Operation(summary = "停用派出单位 Deactivate a unit")
	UnitView deactivate(@PathVariable long id) {
		return UnitView.of(units.deactivate(id));
	}

	@PostMapping("/{id}/reactivate")
	@PreAuthorize("hasAuthority('UNIT_WRITE')")
	@Operation(summary = "启用派出单位 Reactivate a unit")
	UnitView reactivate(@PathVariable long id) {
		return UnitView.of(units.reactivate(id));
	}

}
