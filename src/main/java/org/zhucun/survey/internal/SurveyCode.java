package org.zhucun.survey.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.zhucun.common.security.AuditMasked;
import org.zhucun.common.security.NotAudited;

/**
 * A one-time code (测评码) printed on a slip: found by its keyed digest, kept encrypted so that an
 * unused slip can be printed again, used once. Not audited row by row: the log would tie a code's use
 * to the vote cast with it; the module logs the generation of codes itself.
 */
@Entity
@Table(name = "survey_code")
@NotAudited
public class SurveyCode {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_code_gen")
	@SequenceGenerator(name = "survey_code_gen", sequenceName = "survey_seq", allocationSize = 1)
	private Long id;

	@Column(name = "survey_id", nullable = false)
	private long surveyId;

	@Enumerated(EnumType.STRING)
	@Column(name = "rater_group", nullable = false, length = 30)
	private RaterGroup group;

	@Column(name = "code_digest", nullable = false, length = 128)
	private String codeDigest;

	@AuditMasked
	@Column(name = "code_encrypted", nullable = false, length = 200)
	private String codeEncrypted;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "used_at")
	private Instant usedAt;

	protected SurveyCode() {
	}

	SurveyCode(long surveyId, RaterGroup group, String codeDigest, String codeEncrypted, String createdBy,
			Instant createdAt) {
		this.surveyId = surveyId;
		this.group = group;
		this.codeDigest = codeDigest;
		this.codeEncrypted = codeEncrypted;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public long getSurveyId() {
		return surveyId;
	}

	public RaterGroup getGroup() {
		return group;
	}

	String getCodeDigest() {
		return codeDigest;
	}

	String getCodeEncrypted() {
		return codeEncrypted;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUsedAt() {
		return usedAt;
	}

	public boolean isUsed() {
		return usedAt != null;
	}

}
