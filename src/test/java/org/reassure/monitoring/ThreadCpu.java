package org.reassure.monitoring;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/** CPU time of a benchmark's threads, read from the JVM. */
public final class ThreadCpu {

	private ThreadCpu() {
	}

	/** The live threads whose name passes {@code names}. */
	public static List<Thread> matching(Predicate<String> names) {
		return Thread.getAllStackTraces().keySet().stream().filter(thread -> names.test(thread.getName())).toList();
	}

	/** CPU time of the named threads so far, in nanoseconds. */
	public static long named(String name) {
		return of(matching(name::equals));
	}

	/** CPU time of the threads so far, in nanoseconds. */
	public static long of(Collection<Thread> threads) {
		return threads.stream().mapToLong(thread -> ManagementFactory.getThreadMXBean().getThreadCpuTime(thread.getId())).sum();
	}
}
