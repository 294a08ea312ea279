package org.zhucun.worklog.log;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.zhucun.personnel.ActivePostings.ActivePosting;

/**
 * Who a log entry or review is about and where they were posted when it was written: copied from
 * the active posting, so that the data scope (ORG-5) narrows by village and dispatching unit without
 * reaching into personnel's tables.
 */
@Embeddable
public class PostedPerson {

	@Column(name = "person_id", nullable = false, updatable = false)
	private long personId;

	@Column(name = "person_name", nullable = false, updatable = false, length = 50)
	private String personName;

	@Column(name = "village_node_id", nullable = false, updatable = false)
	private long villageNodeId;

	@Column(name = "township_node_id", nullable = false, updatable = false)
	private long townshipNodeId;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private long unitId;

	protected PostedPerson() {
	}

	PostedPerson(ActivePosting posting) {
		this.personId = posting.personId();
		this.personName = posting.personName();
		this.villageNodeId = posting.villageNodeId();
		this.townshipNodeId = posting.townshipNodeId();
		this.unitId = posting.unitId();
	}

	public long personId() {
		return personId;
	}

	public String personName() {
		return personName;
	}

	public long villageNodeId() {
		return villageNodeId;
	}

	public long townshipNodeId() {
		return townshipNodeId;
	}

	public long unitId() {
		return unitId;
	}

}
