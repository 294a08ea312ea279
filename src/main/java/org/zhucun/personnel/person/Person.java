package org.zhucun.personnel.person;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.zhucun.common.crypto.EncryptedStringConverter;
import org.zhucun.common.crypto.Masking;
import org.zhucun.common.security.AuditMasked;
import org.zhucun.personnel.Gender;
import org.zhucun.personnel.PoliticalStatus;

/**
 * A dispatched cadre's record (PER-1): the fields of Annex 4/5, the ID number and phone (encrypted
 * at rest, masked when shown, never in the audit log), and whether the person is a civil servant
 * (it decides the wording of the grades, ASM-3).
 */
@Entity
@Table(name = "person")
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
	@SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 1)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false, length = 50)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 8)
	private Gender gender;

	@Column(name = "birth_date", nullable = false)
	private LocalDate birthDate;

	@Enumerated(EnumType.STRING)
	@Column(name = "political_status", nullable = false, length = 32)
	private PoliticalStatus politicalStatus;

	@Column(name = "work_unit_post", nullable = false, length = 100)
	private String workUnitPost;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@AuditMasked
	@Convert(converter = EncryptedStringConverter.class)
	@Column(name = "id_number", nullable = false)
	private String idNumber;

	@AuditMasked
	@Column(name = "id_number_digest", nullable = false, length = 64)
	private String idNumberDigest;

	@AuditMasked
	@Convert(converter = EncryptedStringConverter.class)
	@Column(name = "phone")
	private String phone;

	@Column(name = "civil_servant", nullable = false)
	private boolean civilServant;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Person() {
	}

	Person(String name, Gender gender, LocalDate birthDate, PoliticalStatus politicalStatus, String workUnitPost,
			long unitId, String idNumber, String idNumberDigest, String phone, boolean civilServant) {
		this.name = name;
		this.gender = gender;
		this.birthDate = birthDate;
		this.politicalStatus = politicalStatus;
		this.workUnitPost = workUnitPost;
		this.unitId = unitId;
		this.idNumber = idNumber;
		this.idNumberDigest = idNumberDigest;
		this.phone = phone;
		this.civilServant = civilServant;
	}

	/** PER-1: a correction of the record; gender and birth date follow the ID number. */
	void update(String name, org.zhucun.personnel.ChineseIdNumber number, String digest, PoliticalStatus politicalStatus,
			String workUnitPost, long unitId, String phone, boolean civilServant) {
		this.name = name;
		this.idNumber = number.value();
		this.idNumberDigest = digest;
		this.gender = number.gender();
		this.birthDate = number.birthDate();
		this.politicalStatus = politicalStatus;
		this.workUnitPost = workUnitPost;
		this.unitId = unitId;
		this.phone = phone;
		this.civilServant = civilServant;
	}

	String idNumberDigest() {
		return idNumberDigest;
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

	/** The ID number as shown by default: 6401**********1234. */
	public String getMaskedIdNumber() {
		return Masking.idNumber(idNumber);
	}

	/** The phone as shown by default: 138****5678. */
	public String getMaskedPhone() {
		return Masking.phone(phone);
	}

	/** 出生年月 as Annex 4/5 show it. */
	public String getBirthMonth() {
		return String.format("%d.%02d", birthDate.getYear(), birthDate.getMonthValue());
	}

	String fullIdNumber() {
		return idNumber;
	}

	String fullPhone() {
		return phone;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public String getName() {
		return name;
	}

	public Gender getGender() {
		return gender;
	}

	public LocalDate getBirthDate() {
		return birthDate;
	}

	public PoliticalStatus getPoliticalStatus() {
		return politicalStatus;
	}

	public String getWorkUnitPost() {
		return workUnitPost;
	}

	public Long getUnitId() {
		return unitId;
	}

	public boolean isCivilServant() {
		return civilServant;
	}

}
