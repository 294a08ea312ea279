package org.zhucun.personnel.publication;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * CON-1 (公开联系方式): the person's consent to publish a phone number: their own mobile, an office
 * number, or none. A person without this record publishes nothing.
 */
@Entity
@Table(name = "person_public_contact")
public class PublicContact {

	@Id
	@Column(name = "person_id")
	private Long personId;

	@Version
	private Long version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 8)
	private ContactKind kind;

	@Column(name = "office_phone", length = 20)
	private String officePhone;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected PublicContact() {
	}

	PublicContact(long personId) {
		this.personId = personId;
		this.kind = ContactKind.NONE;
	}

	void set(ContactKind kind, String officePhone) {
		this.kind = kind;
		this.officePhone = kind == ContactKind.OFFICE ? officePhone : null;
	}

	@PrePersist
	void onCreate() {
		createdAt = Instant.now();
		updatedAt = createdAt;
	}

	@PreUpdate
	void onUpdate() {
		updatedAt = Instant.now();
	}

	public Long getPersonId() {
		return personId;
	}

	public ContactKind getKind() {
		return kind;
	}

	public String getOfficePhone() {
		return officePhone;
	}

}
