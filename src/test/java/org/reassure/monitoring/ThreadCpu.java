package org.reassure.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** CPU time of a benchmark's threads, read from the JVM, and of the JVM's own threads (GC, JIT), read from Linux. */
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

	/** CPU time of the whole process so far, in nanoseconds. */
	public static long process() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	/**
	 * CPU time so far, in nanoseconds, of this process's threads whose Linux name passes {@code names}: the JVM's own
	 * threads ("GC Thread#0", "G1 Conc#0", "C2 CompilerThre"), which Java does not list. Read from
	 * {@code /proc/self/task/<tid>/schedstat}, whose first field is the time on a CPU.
	 */
	public static long tasks(Predicate<String> names) {
		try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
			return tasks.filter(task -> names.test(read(task.resolve("comm")))).mapToLong(task -> Long.parseLong(read(task.resolve("schedstat")).split(" ")[0])).sum();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file).strip();
		}
		catch (IOException e) {
			// a thread that ended between the listing and the read
			return "";
		}
	}
}
