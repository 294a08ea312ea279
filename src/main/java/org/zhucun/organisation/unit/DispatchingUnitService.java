package org.zhucun.organisation.unit;

import static org.zhucun.organisation.unit.UnitSpecifications.idIs;
import static org.zhucun.organisation.unit.UnitSpecifications.nameOrCodeContains;
import static org.zhucun.organisation.unit.UnitSpecifications.typeIs;
import static org.zhucun.organisation.unit.UnitSpecifications.visibleTo;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.organisation.UnitType;
import org.zhucun.organisation.tree.OrgNode;
import org.zhucun.organisation.tree.OrgTreeService;

/** Listing and maintaining dispatching units (ORG-3) within the user's data scope (ORG-5). */
@Service
@Transactional
public class DispatchingUnitService {

	private final DispatchingUnitRepository units;

	private final OrgTreeService tree;

	private final DataScopeProvider scopes;

	public DispatchingUnitService(DispatchingUnitRepository units, OrgTreeService tree, DataScopeProvider scopes) {
		this.units = units;
		this.tree = tree;
		this.scopes = scopes;
	}

	private Specification<DispatchingUnit> visible() {
		return visibleTo(scopes.currentScope());
	}

	@Transactional(readOnly = true)
	public DispatchingUnit get(long id) {
		return units.findOne(visible().and(idIs(id))).orElseThrow(() -> new NotFoundException("unit.error.notFound"));
	}

	/** The unit with this code, if it lies inside the user's scope. */
	@Transactional(readOnly = true)
	public java.util.Optional<DispatchingUnit> findVisibleByCode(String code) {
		return units.findOne(visible().and(UnitSpecifications.codeIs(code)));
	}

	@Transactional(readOnly = true)
	public Page<DispatchingUnit> search(String text, UnitType type, Pageable page) {
		Specification<DispatchingUnit> spec = visible();
		if (text != null && !text.isBlank()) {
			spec = spec.and(nameOrCodeContains(text.strip()));
		}
		if (type != null) {
			spec = spec.and(typeIs(type));
		}
		return units.findAll(spec, page);
	}

	public DispatchingUnit create(UnitCommand command) {
		requireUniqueCode(command.code(), null);
		OrgNode owner = owner(command.ownerCode());
		requireUniqueName(owner, command.name());
		return units.save(new DispatchingUnit(command.code(), command.name(), command.type(), owner));
	}

	public DispatchingUnit update(long id, UnitCommand command) {
		DispatchingUnit unit = get(id);
		if (command.version() != null && command.version() != unit.getVersion()) {
			throw new ConflictException("error.staleEdit");
		}
		if (!unit.getCode().equals(command.code())) {
			requireUniqueCode(command.code(), id);
		}
		OrgNode owner = owner(command.ownerCode());
		if (!owner.getId().equals(unit.getOwner().getId()) || !unit.getName().equals(command.name())) {
			requireUniqueName(owner, command.name());
		}
		unit.recode(command.code());
		unit.describe(command.name(), command.type(), owner);
		return unit;
	}

	public DispatchingUnit deactivate(long id) {
		DispatchingUnit unit = get(id);
		unit.deactivate();
		return unit;
	}

	public DispatchingUnit reactivate(long id) {
		DispatchingUnit unit = get(id);
		unit.reactivate();
		return unit;
	}

	private OrgNode owner(String code) {
		return tree.findVisibleByCode(code)
			.orElseThrow(() -> new InvalidInputException("ownerCode", "node.error.unknownParent", code));
	}

	private void requireUniqueCode(String code, Long exceptId) {
		units.findByCode(code).filter(u -> !u.getId().equals(exceptId)).ifPresent(u -> {
			throw new InvalidInputException("code", "unit.error.duplicateCode", code);
		});
	}

	private void requireUniqueName(OrgNode owner, String name) {
		if (units.existsByOwnerIdAndName(owner.getId(), name)) {
			throw new InvalidInputException("name", "unit.error.duplicateName", name);
		}
	}

}
