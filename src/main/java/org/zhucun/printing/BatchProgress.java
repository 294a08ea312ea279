package org.zhucun.printing;

/**
 * How far a batch download has come: {@code done} of {@code total} files tried, {@code failed} of
 * them could not be made (listed in the .zip's 错误说明.txt); once {@code finished}, the .zip can be
 * downloaded until it expires.
 *
 * @param id the batch's random id
 * @param title what the batch holds, as shown above the progress bar
 * @param fileName the .zip's file name
 */
public record BatchProgress(String id, String title, String fileName, int done, int total, int failed, boolean finished) {

	/** Done in percent, 0–100 (100 for an empty batch). */
	public int percent() {
		return total == 0 ? 100 : (int) (100L * done / total);
	}

}
