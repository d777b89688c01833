package org.reassure.monitoring.ingest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
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
import org.reassure.monitoring.Rejection;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.ReportSink;
import org.reassure.monitoring.SampleReports;

/**
 * Parsing rates: a Cursor-on-Target stream of events back to back, each with its XML declaration (as from a TCP
 * connection), and a JSON batch, with full validation. Score: reports per second. Also the coordinates as many clients
 * print them (16-17 significant digits) read as reports read them and, in the same run, by the JDK. Score: numbers per
 * second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseBenchmark {

    private static final int REPORTS = 10_000;

    private final String[] coordinates = new String[REPORTS];
    private byte[] cotStream;
    private byte[] jsonBatch;
    private final CotParser cot = new CotParser(SampleReports.TIME_RULE);
    private final JsonReportParser json = new JsonReportParser(SampleReports.TIME_RULE);

    @Setup
    public void documents() {
        StringBuilder events = new StringBuilder();
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < REPORTS; i++) {
            events.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                    .append(CotParserTest.event("evt-" + i, "<remarks>impact north of the road</remarks>"
                            + "<reassure category=\"EXPLOSION_IMPACT\" sourceType=\"ACOUSTIC\" confidence=\"0.8\"/>"));
            batch.append(i == 0 ? "" : ",").append(JsonReportParserTest.report("r-" + i));
        }
        Random random = new Random(5);
        Arrays.setAll(coordinates, i -> Double.toString(44 + 8 * random.nextDouble()));
        cotStream = events.toString().getBytes(StandardCharsets.UTF_8);
        jsonBatch = batch.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    @OperationsPerInvocation(REPORTS)
    public void cursorOnTarget(Blackhole blackhole) {
        cot.parse(new ByteArrayInputStream(cotStream), counting(blackhole));
    }

    @Benchmark
    @OperationsPerInvocation(REPORTS)
    public void jsonBatch(Blackhole blackhole) {
        json.parse(new ByteArrayInputStream(jsonBatch), counting(blackhole));
    }

    @Benchmark
    @OperationsPerInvocation(REPORTS)
    public void coordinatesAsReportsReadThem(Blackhole blackhole) {
        for (String coordinate : coordinates) {
            blackhole.consume(ReportDraft.plainDecimal(coordinate));
        }
    }

    @Benchmark
    @OperationsPerInvocation(REPORTS)
    public void coordinatesByTheJdk(Blackhole blackhole) {
        for (String coordinate : coordinates) {
            blackhole.consume(Double.parseDouble(coordinate));
        }
    }

    private static ReportSink counting(Blackhole blackhole) {
        return new ReportSink() {
            @Override
            public void accept(Report report) {
                blackhole.consume(report);
            }

            @Override
            public void reject(Rejection rejection) {
                throw new IllegalStateException(rejection.toString());
            }
        };
    }
}
