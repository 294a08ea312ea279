package org.zhucun.attendance.checkin;

import java.time.Instant;

/** A county and whether phone check-in is on there (ATT-8, BUR-2), with who changed it last and when. */
public record CountySwitch(String code, String name, boolean enabled, String changedBy, Instant changedAt) {
}
