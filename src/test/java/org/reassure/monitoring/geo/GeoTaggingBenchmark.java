package org.reassure.monitoring.geo;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.reassure.monitoring.SyntheticStream;

/**
 * Geo tagging of positions within 60 km of the line of contact, where reports come from. Score: tags per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GeoTaggingBenchmark {

    private static final int POSITIONS = 100_000;

    private final double[] lat = new double[POSITIONS];
    private final double[] lon = new double[POSITIONS];
    private GeoContext geo;

    @Setup
    public void load() {
        geo = GeoContext.synthetic();
        SyntheticStream stream = new SyntheticStream(7);
        for (int i = 0; i < POSITIONS; i++) {
            double[] position = stream.nearLine(60);
            lat[i] = position[0];
            lon[i] = position[1];
        }
    }

    @Benchmark
    @OperationsPerInvocation(POSITIONS)
    public void tag(Blackhole blackhole) {
        for (int i = 0; i < POSITIONS; i++) {
            blackhole.consume(geo.tag(lat[i], lon[i]));
        }
    }
}
