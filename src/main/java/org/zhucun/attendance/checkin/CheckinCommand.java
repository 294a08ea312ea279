package org.zhucun.attendance.checkin;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a phone sends with a check-in (ATT-8): the browser's location in degrees, its accuracy in
 * metres (may be left out) and the phone's own clock.
 */
public record CheckinCommand(BigDecimal latitude, BigDecimal longitude, BigDecimal accuracyMetres, Instant deviceTime) {
}
