package org.zhucun.survey.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhucun.common.web.ConflictException;

/** SAT-1: guessing one-time codes is slowed down per client address. */
class WrongCodeThrottleTests {

	@Test
	@DisplayName("SAT-1: after 50 wrong codes in 15 minutes a client is refused until the window passes; others are not")
	void wrongCodesAreThrottled() {
		AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T02:00:00Z"));
		Clock clock = new Clock() {
			@Override
			public ZoneOffset getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return now.get();
			}
		};
		WrongCodeThrottle throttle = new WrongCodeThrottle(clock);
		for (int i = 0; i < WrongCodeThrottle.LIMIT - 1; i++) {
			throttle.failed("10.0.0.1");
		}
		assertThatCode(() -> throttle.check("10.0.0.1")).doesNotThrowAnyException();
		throttle.failed("10.0.0.1");
		assertThatThrownBy(() -> throttle.check("10.0.0.1")).isInstanceOf(ConflictException.class)
			.hasMessage("survey.vote.error.throttled");
		assertThatCode(() -> throttle.check("10.0.0.2")).doesNotThrowAnyException();
		now.set(now.get().plus(WrongCodeThrottle.WINDOW).plusSeconds(1));
		assertThatCode(() -> throttle.check("10.0.0.1")).doesNotThrowAnyException();
	}

}
