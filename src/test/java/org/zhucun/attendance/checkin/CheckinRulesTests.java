package org.zhucun.attendance.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhucun.attendance.checkin.IdempotentSubmission.Decision;

/** The plain rules of phone check-in (ATT-8, SEC-9): the geofence and the idempotent submission. */
class CheckinRulesTests {

	/** 石嘴村 (641101001001) in the demo data: 38.783° N, 106.527° E, fence of 500 m. */
	static final Geofence SHIZUI = new Geofence(38.783, 106.527, 500);

	/** Metres per degree of a great circle on the mean sphere: R · π / 180 = 6 371 008.8 × 0.017453293 = 111 195.08 m. */
	static final double METRES_PER_DEGREE = Geofence.EARTH_RADIUS_METRES * Math.PI / 180;

	@Test
	@DisplayName("ATT-8: along a meridian the haversine distance is R·Δφ — 0.01° of latitude is 1 111.95 m")
	void meridianDistanceByHand() {
		// Δφ = 0.01° = 0.01 × π/180 = 1.7453293e-4 rad; d = 2R·asin(sin(Δφ/2)) = R·Δφ
		// = 6 371 008.8 m × 1.7453293e-4 = 1 111.95 m
		assertThat(Geofence.distanceMetres(38.783, 106.527, 38.793, 106.527)).isCloseTo(1111.95, within(0.01));
	}

	@Test
	@DisplayName("ATT-8: along a parallel at 38.783° N, 0.01° of longitude is R·cos φ·Δλ = 866.79 m")
	void parallelDistanceByHand() {
		// cos 38.783° = 0.779524; R·cos φ·Δλ = 6 371 008.8 × 0.779524 × 1.7453293e-4 = 866.79 m; for so short a
		// distance 2R·asin(cos φ·sin(Δλ/2)) differs from it by less than a millimetre
		assertThat(Geofence.distanceMetres(38.783, 106.527, 38.783, 106.537)).isCloseTo(866.79, within(0.01));
	}

	@Test
	@DisplayName("ATT-8: Beijing (39.9042, 116.4074) to Shanghai (31.2304, 121.4737) is about 1 067 km on the sphere")
	void longDistance() {
		// a = sin²(Δφ/2) + cos φ₁ cos φ₂ sin²(Δλ/2) = sin²(-4.3369°) + 0.76712 × 0.85509 × sin²(2.53315°)
		//   = 0.0057185 + 0.65595 × 0.0019534 = 0.0069999; d = 2R·asin(√a) = 2 × 6 371 008.8 × 0.083763 = 1 067.31 km
		assertThat(Geofence.distanceMetres(39.9042, 116.4074, 31.2304, 121.4737)).isCloseTo(1_067_312, within(50.0));
	}

	@Test
	@DisplayName("ATT-8: a point 100 m inside a 500 m fence (400 m from the centre) is accepted")
	void insideTheFence() {
		Geofence.Verdict verdict = SHIZUI.check(38.783 + 400 / METRES_PER_DEGREE, 106.527);
		assertThat(verdict.inside()).isTrue();
		assertThat(verdict.roundedDistance()).isEqualTo(400);
		assertThat(verdict.radiusMetres()).isEqualTo(500);
	}

	@Test
	@DisplayName("ATT-8: a point 5 km from the village centre is refused, and the verdict says 5 000 m")
	void fiveKilometresAway() {
		Geofence.Verdict verdict = SHIZUI.check(38.783 + 5000 / METRES_PER_DEGREE, 106.527);
		assertThat(verdict.inside()).isFalse();
		assertThat(verdict.roundedDistance()).isEqualTo(5000);
	}

	@Test
	@DisplayName("ATT-8: the fence's edge counts as inside; a metre beyond it does not")
	void edge() {
		assertThat(SHIZUI.check(38.783 + 499.9 / METRES_PER_DEGREE, 106.527).inside()).isTrue();
		assertThat(SHIZUI.check(38.783 + 501 / METRES_PER_DEGREE, 106.527).inside()).isFalse();
	}

	@Test
	@DisplayName("ATT-8: coordinates off the Earth are refused")
	void invalidCoordinates() {
		assertThat(Geofence.validCoordinates(91, 0)).isFalse();
		assertThat(Geofence.validCoordinates(0, -181)).isFalse();
		assertThat(Geofence.validCoordinates(Double.NaN, 0)).isFalse();
		assertThatThrownBy(() -> new Geofence(38.7, 106.5, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	@DisplayName("SEC-9, ATT-8: a new key is stored; the same key with the same payload is a retry; with another payload it is refused")
	void idempotentDecision() {
		Instant device = Instant.parse("2026-12-03T01:00:00Z");
		String hash = IdempotentSubmission.payloadHash(new BigDecimal("38.7830"), new BigDecimal("106.527"),
				new BigDecimal("12"), device);
		String same = IdempotentSubmission.payloadHash(new BigDecimal("38.783"), new BigDecimal("106.5270"),
				new BigDecimal("12.0"), device);
		String moved = IdempotentSubmission.payloadHash(new BigDecimal("38.784"), new BigDecimal("106.527"),
				new BigDecimal("12"), device);
		assertThat(same).as("trailing zeros do not make another payload").isEqualTo(hash);
		assertThat(IdempotentSubmission.decide(null, hash)).isEqualTo(Decision.STORE);
		assertThat(IdempotentSubmission.decide(hash, same)).isEqualTo(Decision.REPLAY);
		assertThat(IdempotentSubmission.decide(hash, moved)).isEqualTo(Decision.KEY_REUSED);
	}

	@Test
	@DisplayName("SEC-9: an idempotency key is 8-64 letters, digits, '-' or '_' (a UUID fits)")
	void keys() {
		assertThat(IdempotentSubmission.validKey("3f6c1f9e-6d0b-4a55-9a7e-0a3b1c2d4e5f")).isTrue();
		assertThat(IdempotentSubmission.validKey("short")).isFalse();
		assertThat(IdempotentSubmission.validKey("has space in it")).isFalse();
		assertThat(IdempotentSubmission.validKey(null)).isFalse();
		assertThat(IdempotentSubmission.validKey("x".repeat(65))).isFalse();
	}

}
