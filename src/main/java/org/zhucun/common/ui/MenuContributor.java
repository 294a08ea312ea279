package org.zhucun.common.ui;

import java.util.List;

/** A module's entries in the side menu. */
public interface MenuContributor {

	List<MenuItem> menuItems();

}
