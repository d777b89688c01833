package org.reassure.monitoring.fusion;

import java.time.Instant;
import java.util.List;
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
import org.reassure.monitoring.Report;
import org.reassure.monitoring.SyntheticStream;
import org.reassure.monitoring.geo.GeoContext;

/**
 * Fusion of a realistic stream (events along the whole line, each heard by 3 to 6 sensors within seconds, 10 events
 * per second of observation time) in batches of 1,000, as from a message-queue poll; every change is announced and
 * every incident geo-tagged. Score: reports per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FusionBenchmark {

    private static final int REPORTS = 200_000;
    private static final int BATCH = 1_000;

    private List<Report> reports;
    private GeoContext geo;

    @Setup
    public void generate() {
        reports = new SyntheticStream(42).reports(REPORTS, Instant.parse("2026-03-01T00:00:00Z"), 100);
        geo = GeoContext.synthetic();
    }

    @Benchmark
    @OperationsPerInvocation(REPORTS)
    public void fuse(Blackhole blackhole) {
        IncidentFusion fusion = new IncidentFusion(FusionSettings.standard(), geo, blackhole::consume);
        for (int from = 0; from < REPORTS; from += BATCH) {
            blackhole.consume(fusion.acceptAll(reports.subList(from, Math.min(REPORTS, from + BATCH))));
        }
        fusion.closeAll();
        blackhole.consume(fusion.stats());
    }
}
