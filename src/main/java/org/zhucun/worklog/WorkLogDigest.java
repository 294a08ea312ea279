package org.zhucun.worklog;

import java.util.List;

/**
 * What the assessment (ASM-1) may ask of the work log: a person's entries of a quarter, counted by
 * kind, with their dates and texts, to pre-fill the quarterly summary of Annex 4. Corrected entries
 * count once (the correction replaces the entry it corrects). Unscoped: callers ask about people
 * they have already checked against the user's data scope.
 */
public interface WorkLogDigest {

	Digest quarter(long personId, int year, int quarter);

	/** The quarter's entries: how many of work, study and the people's-conditions diary, and the entries. */
	record Digest(int work, int study, int diary, List<Line> entries) {

		public int total() {
			return work + study + diary;
		}

	}

	/** One entry: its day, kind ({@code WORK}, {@code STUDY}, {@code DIARY}) and text. */
	record Line(java.time.LocalDate day, String kind, String text) {
	}

}
