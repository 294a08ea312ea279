package org.zhucun.survey.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.zhucun.common.web.ConflictException;

/**
 * Slows down guessing of one-time codes: a client (by its address) that typed {@value #LIMIT} wrong
 * codes within {@link #WINDOW} is refused for the rest of that window. Kept in memory per instance:
 * with 31⁸ possible codes and a few hundred issued, guessing stays hopeless even across instances.
 */
@Component
class WrongCodeThrottle {

	static final int LIMIT = 10;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	WrongCodeThrottle(Clock clock) {
		this.clock = clock;
	}

	void check(String client) {
		if (client == null) {
			return;
		}
		Deque<Instant> recent = failures.get(client);
		if (recent == null) {
			return;
		}
		synchronized (recent) {
			prune(recent);
			if (recent.size() >= LIMIT) {
				throw new ConflictException("survey.vote.error.throttled");
			}
		}
	}

	void failed(String client) {
		if (client == null) {
			return;
		}
		if (failures.size() > 10_000) {
			failures.clear();
		}
		Deque<Instant> recent = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
		synchronized (recent) {
			prune(recent);
			recent.addLast(clock.instant());
		}
	}

	private void prune(Deque<Instant> recent) {
		Instant horizon = clock.instant().minus(WINDOW);
		while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
			recent.removeFirst();
		}
	}

}
