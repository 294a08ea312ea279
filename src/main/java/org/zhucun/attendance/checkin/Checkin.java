package org.zhucun.attendance.checkin;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.zhucun.common.crypto.EncryptedStringConverter;
import org.zhucun.common.security.AuditMasked;

/**
 * One check-in from a phone (签到, ATT-8): who, in which village, on which day (China time), when the
 * server received it and what time the phone claimed, where the phone was (encrypted, SEC-5), how
 * far that is from the village centre and whether it lay inside the fence. A refused check-in
 * (outside the fence) is kept too, for the audit. After the retention period the location and the
 * distance are purged; the day and the accepted flag stay. Never edited otherwise.
 */
@Entity
@Table(name = "checkin")
public class Checkin {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checkin_seq")
	@SequenceGenerator(name = "checkin_seq", sequenceName = "checkin_seq", allocationSize = 1)
	private Long id;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(name = "village_node_id", nullable = false)
	private long villageNodeId;

	@Column(name = "township_node_id", nullable = false)
	private long townshipNodeId;

	@Column(name = "day", nullable = false)
	private LocalDate day;

	@Column(name = "server_time", nullable = false)
	private Instant serverTime;

	@Column(name = "device_time", nullable = false)
	private Instant deviceTime;

	/** "latitude,longitude" in degrees, encrypted at rest (SEC-5); null once purged. */
	@AuditMasked
	@Convert(converter = EncryptedStringConverter.class)
	@Column(name = "location")
	private String location;

	@AuditMasked
	@Column(name = "accuracy_m")
	private Integer accuracyMetres;

	@AuditMasked
	@Column(name = "distance_m")
	private Integer distanceMetres;

	@Column(name = "radius_m", nullable = false)
	private int radiusMetres;

	@Column(name = "accepted", nullable = false)
	private boolean accepted;

	@Column(name = "idempotency_key", nullable = false, length = 64)
	private String idempotencyKey;

	@Column(name = "payload_hash", nullable = false, length = 64)
	private String payloadHash;

	@Column(name = "location_purged_at")
	private Instant locationPurgedAt;

	protected Checkin() {
	}

	Checkin(long personId, long villageNodeId, long townshipNodeId, LocalDate day, Instant serverTime,
			Instant deviceTime, double latitude, double longitude, Integer accuracyMetres, Geofence.Verdict verdict,
			String idempotencyKey, String payloadHash) {
		this.personId = personId;
		this.villageNodeId = villageNodeId;
		this.townshipNodeId = townshipNodeId;
		this.day = day;
		this.serverTime = serverTime;
		this.deviceTime = deviceTime;
		this.location = latitude + "," + longitude;
		this.accuracyMetres = accuracyMetres;
		this.distanceMetres = verdict.roundedDistance();
		this.radiusMetres = verdict.radiusMetres();
		this.accepted = verdict.inside();
		this.idempotencyKey = idempotencyKey;
		this.payloadHash = payloadHash;
	}

	public Long getId() {
		return id;
	}

	public long getPersonId() {
		return personId;
	}

	public long getVillageNodeId() {
		return villageNodeId;
	}

	public long getTownshipNodeId() {
		return townshipNodeId;
	}

	public LocalDate getDay() {
		return day;
	}

	public Instant getServerTime() {
		return serverTime;
	}

	public Instant getDeviceTime() {
		return deviceTime;
	}

	/** The latitude reported, or null once purged. */
	public Double getLatitude() {
		return location == null ? null : Double.valueOf(location.substring(0, location.indexOf(',')));
	}

	/** The longitude reported, or null once purged. */
	public Double getLongitude() {
		return location == null ? null : Double.valueOf(location.substring(location.indexOf(',') + 1));
	}

	public Integer getAccuracyMetres() {
		return accuracyMetres;
	}

	public Integer getDistanceMetres() {
		return distanceMetres;
	}

	public int getRadiusMetres() {
		return radiusMetres;
	}

	public boolean isAccepted() {
		return accepted;
	}

	public String getIdempotencyKey() {
		return idempotencyKey;
	}

	public String getPayloadHash() {
		return payloadHash;
	}

	public Instant getLocationPurgedAt() {
		return locationPurgedAt;
	}

	public boolean isLocationPurged() {
		return locationPurgedAt != null;
	}

}
