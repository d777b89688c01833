package org.reassure.ledger.merkle;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Proof generation on a 10,000,000-leaf in-memory log, and append throughput.
 *
 * <p>Proofs are timed per call ({@link Mode#SampleTime}, so JMH reports p50/p99 in microseconds);
 * appends in leaves per second, in batches of 10,000. Surefire skips this class (its name holds
 * "Benchmark"). Run it from the project root with:
 *
 * <pre>{@code
 * mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.reassure.ledger.merkle.MerkleProofBenchmark
 * }</pre>
 *
 * or, for JMH's own command line (e.g. {@code -wi 1 -i 1} for a quick look), replace the class
 * name by {@code org.openjdk.jmh.Main MerkleProofBenchmark}. Building the tree takes a few seconds
 * per fork, and the fork prints the memory it holds.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class MerkleProofBenchmark {

    static final int LEAVES = 10_000_000;
    static final int BATCH = 10_000;

    /** The 10M-leaf log, built once per fork; leaf i is the hash of i as 8 bytes. */
    @State(Scope.Benchmark)
    public static class TenMillionLeaves {
        MerkleLog log;

        @Setup(Level.Trial)
        public void build() {
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            long heapBefore = runtime.totalMemory() - runtime.freeMemory();
            long start = System.nanoTime();
            InMemoryNodeStore store = new InMemoryNodeStore();
            log = new MerkleLog(store);
            MerkleHash hash = new MerkleHash();
            for (int from = 0; from < LEAVES; from += 100_000) {
                log.append(leafHashes(hash, from, 100_000));
            }
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            System.gc();
            long heapAfter = runtime.totalMemory() - runtime.freeMemory();
            System.out.printf("%n%,d leaves built in %d s; node arrays %,d bytes; heap grew by %,d bytes%n",
                    log.size(), seconds, store.allocatedBytes(), heapAfter - heapBefore);
        }
    }

    @State(Scope.Thread)
    public static class Queries {
        final SplittableRandom random = new SplittableRandom(9162);
    }

    /** A log that starts over once it reaches 10M leaves, so memory stays bounded however fast appends run. */
    @State(Scope.Thread)
    public static class GrowingLog {
        final List<byte[]> batch = leafHashes(new MerkleHash(), 0, BATCH);
        MerkleLog log = new MerkleLog(new InMemoryNodeStore());

        // Per invocation is fine here: one invocation appends 10,000 leaves, milliseconds of work.
        @Setup(Level.Invocation)
        public void startOverWhenFull() {
            if (log.size() >= LEAVES) {
                log = new MerkleLog(new InMemoryNodeStore());
            }
        }
    }

    @Benchmark
    public InclusionProof inclusionProofAtLatestSize(TenMillionLeaves tree, Queries queries) {
        return tree.log.inclusionProof(queries.random.nextLong(LEAVES), LEAVES);
    }

    @Benchmark
    public InclusionProof inclusionProofAtRandomSize(TenMillionLeaves tree, Queries queries) {
        long treeSize = 1 + queries.random.nextLong(LEAVES);
        return tree.log.inclusionProof(queries.random.nextLong(treeSize), treeSize);
    }

    @Benchmark
    public ConsistencyProof consistencyProofBetweenRandomSizes(TenMillionLeaves tree, Queries queries) {
        long second = 1 + queries.random.nextLong(LEAVES);
        long first = 1 + queries.random.nextLong(second);
        return tree.log.consistencyProof(first, second);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public long appendLeavesInBatchesOf10000(GrowingLog growing) {
        return growing.log.append(growing.batch);
    }

    static List<byte[]> leafHashes(MerkleHash hash, long from, int count) {
        List<byte[]> leafHashes = new ArrayList<>(count);
        ByteBuffer entry = ByteBuffer.allocate(Long.BYTES);
        for (long i = from; i < from + count; i++) {
            leafHashes.add(hash.leaf(entry.putLong(0, i).array()));
        }
        return leafHashes;
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(MerkleProofBenchmark.class.getName()).forks(1).build()).run();
    }
}
