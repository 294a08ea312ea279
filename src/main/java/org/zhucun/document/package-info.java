/**
 * Attachments (附件) of the work records (TSK-2, LOG-1, REP-1, Annex 1–3 evidence): the bytes of an uploaded file, kept in the
 * database (outside the web root, inside the backups) with the type sniffed from its content, the
 * original file name, size, SHA-256 and who uploaded it when. Only PDF, JPEG, PNG, DOCX and XLSX
 * are accepted, recognised by their first bytes; the file name's extension must agree with the
 * content, so an executable renamed to {@code .pdf} is refused. This module serves nothing itself:
 * the module owning a record checks its own permissions and data scope, then streams the bytes
 * with {@link DocumentResponses#attachment}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package org.zhucun.document;
