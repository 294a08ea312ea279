package org.zhucun.worklog.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * LOG-1: an entry can be changed by its author for a period after it was written
 * ({@code zhucun.worklog.edit-window}, default 48 hours) and is locked from then on: the moment it
 * locks is {@code written + window}, and at that moment it is already locked.
 */
public record EditWindow(Duration length) {

	public EditWindow {
		if (length == null || length.isNegative()) {
			throw new IllegalArgumentException("The edit window must be a positive duration: " + length);
		}
	}

	public Instant locksAt(Instant written) {
		return written.plus(length);
	}

	public boolean isOpen(Instant written, Instant now) {
		return now.isBefore(locksAt(written));
	}

	/** The window in whole hours, for messages ("48 小时"). */
	public long hours() {
		return length.toHours();
	}

}
