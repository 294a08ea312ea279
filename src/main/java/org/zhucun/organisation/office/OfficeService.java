package org.zhucun.organisation.office;

import static org.zhucun.organisation.office.OfficeSpecifications.idIs;
import static org.zhucun.organisation.office.OfficeSpecifications.visibleTo;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.organisation.unit.DispatchingUnit;
import org.zhucun.organisation.unit.DispatchingUnitService;
import org.zhucun.organisation.tree.OrgTreeService;

/** Listing and creating the offices of ORG-4 within the user's data scope (ORG-5). */
@Service
@Transactional
public class OfficeService {

	private final OfficeRepository offices;

	private final OrgTreeService tree;

	private final DispatchingUnitService units;

	private final DataScopeProvider scopes;

	public OfficeService(OfficeRepository offices, OrgTreeService tree, DispatchingUnitService units,
			DataScopeProvider scopes) {
		this.offices = offices;
		this.tree = tree;
		this.units = units;
		this.scopes = scopes;
	}

	private Specification<Office> visible() {
		return visibleTo(scopes.currentScope());
	}

	@Transactional(readOnly = true)
	public List<Office> list() {
		return offices.findAll(visible(), Sort.by("code"));
	}

	@Transactional(readOnly = true)
	public Office get(long id) {
		return offices.findOne(visible().and(idIs(id))).orElseThrow(() -> new NotFoundException("office.error.notFound"));
	}

	public Office create(OfficeCommand command) {
		offices.findByCode(command.code()).ifPresent(o -> {
			throw new InvalidInputException("code", "office.error.duplicateCode", command.code());
		});
		Office office;
		if (command.kind().boundToUnit()) {
			DispatchingUnit unit = units.findVisibleByCode(command.placeCode())
				.orElseThrow(() -> new InvalidInputException("placeCode", "office.error.unknownPlace", command.placeCode()));
			office = Office.ofUnit(command.code(), command.name(), unit);
		}
		else {
			var node = tree.findVisibleByCode(command.placeCode())
				.orElseThrow(() -> new InvalidInputException("placeCode", "office.error.unknownPlace", command.placeCode()));
			office = Office.atNode(command.code(), command.name(), command.kind(), node);
		}
		return offices.save(office);
	}

	public Office deactivate(long id) {
		Office office = get(id);
		office.deactivate();
		return office;
	}

	public Office reactivate(long id) {
		Office office = get(id);
		office.reactivate();
		return office;
	}

}
