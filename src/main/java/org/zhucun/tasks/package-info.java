/**
 * The task register (TSK-1, TSK-2): each dispatched person's and each work team's yearly work plan
 * of quantified tasks, each filed under one of the five duties of Art. 3; drafted by the person,
 * agreed by the township party committee and then locked except through the township; at year end
 * each task is marked done or not done with a note. Other modules (the assessment) read the count of
 * undone tasks through {@link org.zhucun.tasks.TaskRegister}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks")
package org.zhucun.tasks;
