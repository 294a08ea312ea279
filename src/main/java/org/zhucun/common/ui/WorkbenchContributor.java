package org.zhucun.common.ui;

import java.util.List;

import org.springframework.security.core.Authentication;

/** A module's cards on the workbench of the given user; an empty list when nothing concerns them. */
public interface WorkbenchContributor {

	List<WorkbenchCard> cards(Authentication user);

}
