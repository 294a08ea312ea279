package org.zhucun.document.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.zhucun.common.security.AuditMasked;
import org.zhucun.document.DocumentRef;

/** One stored attachment; written once and never changed (a new version is a new document). */
@Entity
@Table(name = "document")
class StoredFile {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
	@SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 1)
	private Long id;

	@AuditMasked
	@Column(nullable = false, updatable = false)
	private byte[] content;

	@Column(name = "content_type", nullable = false, updatable = false, length = 100)
	private String contentType;

	@Column(name = "file_name", nullable = false, updatable = false, length = 200)
	private String fileName;

	@Column(name = "size_bytes", nullable = false, updatable = false)
	private long sizeBytes;

	@Column(nullable = false, updatable = false, length = 64)
	private String sha256;

	@Column(name = "uploaded_by", nullable = false, updatable = false, length = 100)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false, updatable = false)
	private Instant uploadedAt;

	protected StoredFile() {
	}

	StoredFile(byte[] content, String contentType, String fileName, String sha256, String uploadedBy, Instant uploadedAt) {
		this.content = content.clone();
		this.contentType = contentType;
		this.fileName = fileName;
		this.sizeBytes = content.length;
		this.sha256 = sha256;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	DocumentRef ref() {
		return new DocumentRef(id, fileName, contentType, sizeBytes, sha256, uploadedBy, uploadedAt);
	}

	byte[] content() {
		return content.clone();
	}

	Long getId() {
		return id;
	}

}
