package org.zhucun.personnel.publication;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.zhucun.common.security.AuditMasked;

/** PER-1: a person's photo, as re-encoded by {@link PhotoImages}; the audit log records that it changed, not its bytes. */
@Entity
@Table(name = "person_photo")
public class PersonPhoto {

	@Id
	@Column(name = "person_id")
	private Long personId;

	@Version
	private Long version;

	@AuditMasked
	@Column(nullable = false)
	private byte[] content;

	@Column(name = "media_type", nullable = false, length = 20)
	private String mediaType;

	@Column(nullable = false)
	private int width;

	@Column(nullable = false)
	private int height;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected PersonPhoto() {
	}

	PersonPhoto(long personId) {
		this.personId = personId;
	}

	void replace(PhotoImages.Photo photo) {
		this.content = photo.jpeg();
		this.mediaType = "image/jpeg";
		this.width = photo.width();
		this.height = photo.height();
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

	public byte[] getContent() {
		return content.clone();
	}

	public String getMediaType() {
		return mediaType;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
