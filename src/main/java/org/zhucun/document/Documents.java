package org.zhucun.document;

import java.util.Optional;

/**
 * Stores and reads attachments. Storing checks the file (not empty, within the size limit, an
 * allowed type by content, an extension that agrees with it) and refuses it with an
 * {@link org.zhucun.common.web.InvalidInputException} on the field {@code file} otherwise. Reading
 * checks nothing: the caller has already checked that the user may see the record the document
 * belongs to, and must only read ids it holds itself.
 */
public interface Documents {

	/** Checks and stores an upload; the uploader is {@link org.zhucun.common.security.CurrentActor#name()}. */
	DocumentRef store(String fileName, byte[] content);

	Optional<StoredDocument> read(long id);

	/** The descriptions (without bytes) of these documents, in the order of the ids; unknown ids are left out. */
	java.util.List<DocumentRef> describe(java.util.Collection<Long> ids);

}
