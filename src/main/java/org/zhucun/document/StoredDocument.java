package org.zhucun.document;

/** A stored document with its bytes, as read for streaming to a user who may see it. */
public record StoredDocument(DocumentRef ref, byte[] content) {

	public StoredDocument {
		content = content.clone();
	}

	@Override
	public byte[] content() {
		return content.clone();
	}

}
