/**
 * Identity: accounts, roles and their permissions, login for pages and tokens for the API, and the
 * data scope (ORG-5) of the logged-in user. The public API is {@link org.zhucun.identity.Role} and
 * {@link org.zhucun.identity.CurrentAccount}; the sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.zhucun.identity;
