package org.zhucun.document;

import java.time.Instant;

/** A stored document without its bytes: what an owning record keeps (the id) and lists. */
public record DocumentRef(long id, String fileName, String contentType, long size, String sha256,
		String uploadedBy, Instant uploadedAt) {

	/** The size for people: "532 KB", "1.2 MB". */
	public String displaySize() {
		if (size < 1024) {
			return size + " B";
		}
		if (size < 1024 * 1024) {
			return (size + 1023) / 1024 + " KB";
		}
		return String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
	}

}
