package org.zhucun.common.scope;

import java.util.function.Supplier;

/**
 * Work done by the system itself rather than by a user: loading the demo data, and later the
 * scheduled jobs (a yearly absence check reads every county). Inside {@link #call} the data scope
 * is unrestricted; nothing a user sends can reach this, since only server-side code calls it.
 */
public final class SystemContext {

	private static final ThreadLocal<String> TASK = new ThreadLocal<>();

	private SystemContext() {
	}

	/** Runs {@code work} with an unrestricted scope, naming the task for the logs. */
	public static <T> T call(String task, Supplier<T> work) {
		String previous = TASK.get();
		TASK.set(task);
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				TASK.remove();
			}
			else {
				TASK.set(previous);
			}
		}
	}

	public static void run(String task, Runnable work) {
		call(task, () -> {
			work.run();
			return null;
		});
	}

	/** Whether the current thread is doing system work. */
	public static boolean active() {
		return TASK.get() != null;
	}

}
