/**
 * Shared kernel: the data-scope value ({@code scope}), the database bootstrap ({@code database})
 * and the web conventions every module follows ({@code web}). Open to all modules; depends on none.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.zhucun.common;
