package org.zhucun.personnel.person;

import jakarta.validation.Valid;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.common.web.PageResponse;
import org.zhucun.personnel.AssignmentRole;

/** Person records over the API: masked by default, full view audited (PER-1, SEC-5). */
@RestController
@RequestMapping("/api/v1/personnel")
@Tag(name = "人员 Personnel")
class PersonApiController {

	private final PersonService people;

	private final PersonRows rows;

	PersonApiController(PersonService people, PersonRows rows) {
		this.people = people;
		this.rows = rows;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "查询人员（身份证号、电话脱敏）Search people, masked")
	PageResponse<PersonView> search(@RequestParam(required = false) String q,
			@Parameter(description = "县、乡镇或村的编码 Code of a county, township or village of posting") @RequestParam(required = false) String place,
			@Parameter(description = "派出单位编码 Unit code") @RequestParam(required = false) String unit,
			@RequestParam(required = false) AssignmentRole role, @RequestParam(required = false) PostingStatus status,
			@PageableDefault(size = 20, sort = "name") Pageable page) {
		var found = people.search(new PersonFilter(q, place, unit, role, status), page);
		var lines = rows.of(found.getContent());
		return PageResponse.of(new org.springframework.data.domain.PageImpl<>(lines, found.getPageable(), found.getTotalElements()),
				PersonView::of);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(summary = "修改人员（身份证号、电话不填则不变）Correct a person record")
	PersonView update(@PathVariable long id, @Valid @RequestBody PersonUpdateCommand command) {
		Person person = people.update(id, command);
		return PersonView.of(rows.of(List.of(person)).get(0));
	}

	@GetMapping("/me")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "本人档案（选派人员账号已关联时）The linked cadre's own record")
	PersonView own() {
		return people.own().map(p -> PersonView.of(rows.of(List.of(p)).get(0))).orElseThrow(() -> new NotFoundException("person.error.notLinked"));
	}

	@PutMapping("/{id}/account")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(summary = "关联选派人员账号 Link the cadre's account to the record")
	AccountLink linkAccount(@PathVariable long id, @Valid @RequestBody AccountLink link) {
		people.linkAccount(id, link.username());
		return new AccountLink(people.linkedAccount(id).orElseThrow());
	}

	@DeleteMapping("/{id}/account")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(summary = "解除账号关联 Remove the account link")
	void unlinkAccount(@PathVariable long id) {
		people.unlinkAccount(id);
	}

	/** The username of the cadre account linked to a record. */
	record AccountLink(@jakarta.validation.constraints.NotBlank(message = "{validation.required}") String username) {
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "查看人员（脱敏）One person, masked")
	PersonView get(@PathVariable long id) {
		return PersonView.of(rows.of(List.of(people.get(id))).get(0));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(summary = "新建人员 Create a person record")
	PersonView create(@Valid @RequestBody PersonCommand command) {
		return PersonView.of(rows.of(List.of(people.create(command))).get(0));
	}

	@PostMapping("/{id}/reveal")
	@PreAuthorize("hasAuthority('PERSONAL_DATA_VIEW')")
	@Operation(summary = "查看完整身份证号和电话（记入审计日志）Full ID number and phone, audited")
	PersonService.FullPersonalData reveal(@PathVariable long id) {
		return people.reveal(id);
	}

}
