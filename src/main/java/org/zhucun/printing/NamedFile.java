package org.zhucun.printing;

/** A file to put into a batch download: its name inside the .zip and its bytes. */
public record NamedFile(String name, byte[] content) {

	public NamedFile {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("name");
		}
		content = content == null ? new byte[0] : content.clone();
	}

	@Override
	public byte[] content() {
		return content.clone();
	}

}
