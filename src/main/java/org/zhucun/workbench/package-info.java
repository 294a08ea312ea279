/**
 * The UI shell: the workbench (工作台) of each role, made of the cards that modules contribute, and
 * the side menu, made of the entries modules contribute, each shown only to holders of its
 * permission.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workbench")
package org.zhucun.workbench;
