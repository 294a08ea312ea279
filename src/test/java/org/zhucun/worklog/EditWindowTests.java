package org.zhucun.worklog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhucun.worklog.rules.EditWindow;
import org.zhucun.worklog.rules.Quarter;

class EditWindowTests {

	private final EditWindow window = new EditWindow(Duration.ofHours(48));

	private final Instant written = Instant.parse("2026-11-02T02:00:00Z");

	@Test
	@DisplayName("LOG-1: an entry is editable until 48 hours after it was written and locked from that moment on")
	void locksAfterTheWindow() {
		assertThat(window.locksAt(written)).isEqualTo(Instant.parse("2026-11-04T02:00:00Z"));
		assertThat(window.isOpen(written, written)).isTrue();
		assertThat(window.isOpen(written, written.plus(Duration.ofHours(47)).plusSeconds(3599))).isTrue();
		assertThat(window.isOpen(written, written.plus(Duration.ofHours(48)))).isFalse();
		assertThat(window.isOpen(written, written.plus(Duration.ofDays(30)))).isFalse();
		assertThat(window.hours()).isEqualTo(48);
		assertThat(new EditWindow(Duration.ZERO).isOpen(written, written)).isFalse();
	}

	@Test
	@DisplayName("LOG-2: quarters of the review: the quarter of a day, its bounds and the one before")
	void quarters() {
		assertThat(Quarter.of(LocalDate.of(2026, 12, 3))).isEqualTo(new Quarter(2026, 4));
		assertThat(Quarter.of(LocalDate.of(2026, 3, 31))).isEqualTo(new Quarter(2026, 1));
		assertThat(new Quarter(2026, 1).previous()).isEqualTo(new Quarter(2025, 4));
		assertThat(new Quarter(2026, 3).firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(new Quarter(2026, 3).lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(new Quarter(2027, 1).hasBegunBy(LocalDate.of(2026, 12, 31))).isFalse();
		assertThat(new Quarter(2026, 4).hasBegunBy(LocalDate.of(2026, 10, 1))).isTrue();
	}

}
