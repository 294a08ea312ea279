package org.zhucun.worklog.log;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.zhucun.personnel.ActivePostings.ActivePosting;
import org.zhucun.worklog.rules.LogKind;

/** LOG-1: one dated entry of a person's work log, with the posting it was written in. */
@Entity
@Table(name = "worklog_entry")
public class LogEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "worklog_entry_seq")
	@SequenceGenerator(name = "worklog_entry_seq", sequenceName = "worklog_entry_seq", allocationSize = 1)
	private Long id;

	@Version
	private Long version;

	@Column(name = "person_id", nullable = false, updatable = false)
	private long personId;

	@Column(name = "person_name", nullable = false, updatable = false, length = 50)
	private String personName;

	@Column(name = "village_node_id", nullable = false, updatable = false)
	private long villageNodeId;

	@Column(name = "village_name", nullable = false, updatable = false, length = 100)
	private String villageName;

	@Column(name = "township_node_id", nullable = false, updatable = false)
	private long townshipNodeId;

	@Column(name = "county_node_id", nullable = false, updatable = false)
	private long countyNodeId;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private LogKind kind;

	@Column(name = "entry_date", nullable = false)
	private LocalDate entryDate;

	@Column(nullable = false, length = 4000)
	private String text;

	@Column(name = "corrects_id", updatable = false)
	private Long correctsId;

	@Column(name = "author_account_id", updatable = false)
	private Long authorAccountId;

	@Column(name = "author_name", nullable = false, updatable = false, length = 100)
	private String authorName;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "worklog_entry_attachment", joinColumns = @JoinColumn(name = "entry_id"))
	@OrderColumn(name = "position")
	@Column(name = "document_id", nullable = false)
	private List<Long> documentIds = new ArrayList<>();

	protected LogEntry() {
	}

	LogEntry(ActivePosting posting, String villageName, LogKind kind, LocalDate entryDate, String text, Long correctsId,
			Long authorAccountId, String authorName, Instant createdAt) {
		this.personId = posting.personId();
		this.personName = posting.personName();
		this.villageNodeId = posting.villageNodeId();
		this.villageName = villageName;
		this.townshipNodeId = posting.townshipNodeId();
		this.countyNodeId = posting.countyNodeId();
		this.unitId = posting.unitId();
		this.kind = kind;
		this.entryDate = entryDate;
		this.text = text;
		this.correctsId = correctsId;
		this.authorAccountId = authorAccountId;
		this.authorName = authorName;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

	void change(LogKind kind, LocalDate entryDate, String text, Instant now) {
		this.kind = kind;
		this.entryDate = entryDate;
		this.text = text;
		this.updatedAt = now;
	}

	void attach(long documentId, Instant now) {
		documentIds.add(documentId);
		this.updatedAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getVersion() {
		return version;
	}

	public long getPersonId() {
		return personId;
	}

	public String getPersonName() {
		return personName;
	}

	public long getVillageNodeId() {
		return villageNodeId;
	}

	public String getVillageName() {
		return villageName;
	}

	public long getTownshipNodeId() {
		return townshipNodeId;
	}

	public long getUnitId() {
		return unitId;
	}

	public LogKind getKind() {
		return kind;
	}

	public LocalDate getEntryDate() {
		return entryDate;
	}

	public String getText() {
		return text;
	}

	public Long getCorrectsId() {
		return correctsId;
	}

	public Long getAuthorAccountId() {
		return authorAccountId;
	}

	public String getAuthorName() {
		return authorName;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public List<Long> getDocumentIds() {
		return List.copyOf(documentIds);
	}

}
