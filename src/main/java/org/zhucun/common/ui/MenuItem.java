package org.zhucun.common.ui;

import org.zhucun.common.security.Permission;

/**
 * An entry of the side menu, contributed by the module that owns the page. It is shown only to
 * users holding its permission; the page itself checks the permission again on the server.
 */
public record MenuItem(int order, String messageKey, String href, String icon, Permission permission) {
}
