package org.zhucun.scoring.sheet;

import java.time.LocalDate;

/** A team activity as entered: the village by code, its kind, date, title and person-times. */
public record ActivityCommand(String village, String kind, LocalDate heldOn, String title, Integer personTimes) {
}
