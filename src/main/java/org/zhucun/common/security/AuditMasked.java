package org.zhucun.common.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an entity field: the audit log records that it changed but shows its values as "***", so that
 * the log never holds what it protects (password hashes, personal data; SEC-5, SEC-6).
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AuditMasked {
}
