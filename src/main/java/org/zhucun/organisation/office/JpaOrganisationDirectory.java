package org.zhucun.organisation.office;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.organisation.OfficeSummary;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.tree.OrgNode;
import org.zhucun.organisation.tree.OrgNodeRepository;

/** The organisation directory read from the organisation module's own tables. */
@Component
@Transactional(readOnly = true)
class JpaOrganisationDirectory implements OrganisationDirectory {

	private final OfficeRepository offices;

	private final OrgNodeRepository nodes;

	JpaOrganisationDirectory(OfficeRepository offices, OrgNodeRepository nodes) {
		this.offices = offices;
		this.nodes = nodes;
	}

	@Override
	public Optional<OfficeSummary> office(long officeId) {
		return offices.findById(officeId).map(Office::summary);
	}

	@Override
	public Optional<OfficeSummary> officeByCode(String code) {
		return offices.findByCode(code).map(Office::summary);
	}

	@Override
	public Optional<String> nodePath(long nodeId) {
		return nodes.findById(nodeId).map(OrgNode::getPath);
	}

	@Override
	public Optional<Long> nodeIdByCode(String code) {
		return nodes.findByCode(code).map(OrgNode::getId);
	}

}
