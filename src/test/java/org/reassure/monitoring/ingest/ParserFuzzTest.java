package org.reassure.monitoring.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import org.reassure.monitoring.ParseResult;
import org.reassure.monitoring.Rejection;
import org.reassure.monitoring.ReportParser;
import org.reassure.monitoring.SampleReports;

/**
 * Every parser, fed random bytes or mangled valid documents, ends quickly with reports and rejections: it never
 * throws and never hangs; and a CoT stream gives the same result however the network cuts it. 9 properties of 250
 * tries each.
 */
class ParserFuzzTest {

    private static final int TRIES = 250;
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final List<String> TOKENS = List.of("<", ">", "/>", "\"", "'", "&", "&amp;", "&x;", "<!DOCTYPE a [",
            "<![CDATA[", "]]>", "<!--", "-->", "<?xml version=\"1.0\"?>", "{", "}", "[", "]", ",", ":", "\n", "\r\n",
            "\u0000", "\uFEFF", "\u00e9", "9999999", "-1e309", "NaN", "null", "\"\"", ";");

    private static final String COT = CotParserTest.sensorEvent("e-1") + CotParserTest.event("e-2", "<remarks>r</remarks>")
            + CotParserTest.sensorEvent("e-3");
    /** Declarations in both quotes, a comment between events, single-quoted attributes, an entity and CDATA in text. */
    private static final String VARIED_COT = "<?xml version='1.0'?>\n" + CotParserTest.sensorEvent("e-1") + "<!-- between -->\n"
            + "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + CotParserTest.event("e-2", "<remarks a='1' b=\"x'y\">r &amp; <![CDATA[<x>]]></remarks>")
            + CotParserTest.sensorEvent("e-3");
    private static final String JSON = "[" + JsonReportParserTest.report("r-1") + "," + JsonReportParserTest.report("r-2") + "]";
    private static final String CSV = CsvReportParserTest.HEADER + CsvReportParserTest.row("o-1") + CsvReportParserTest.row("o-2");
    private static final String GEOJSON = GeoJsonReportParserTest.collection(GeoJsonReportParserTest.feature("d-1"),
            GeoJsonReportParserTest.feature("d-2"));

    private record Mutation(int kind, double at, int length, int token) {
    }

    @Property(tries = TRIES)
    void cotSurvivesRandomBytes(@ForAll @Size(max = 2048) byte[] input) {
        survives(new CotParser(SampleReports.TIME_RULE), input);
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void cotSurvivesMangledStreams(@ForAll("mutations") List<Mutation> mutations) {
        survives(new CotParser(SampleReports.TIME_RULE), mangle(COT, mutations));
    }

    /** The framing's runs over tag insides, values and declarations must not depend on where a read ends. */
    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void cotParsesTheSameHoweverTheStreamIsCut(@ForAll("fewMutations") List<Mutation> mutations,
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 48) Integer> cuts) {
        byte[] input = mangle(VARIED_COT, mutations);
        CotParser parser = new CotParser(SampleReports.TIME_RULE);
        ParseResult whole = parser.parse(new ByteArrayInputStream(input));
        assertThat(parser.parse(new CutStream(input, cuts))).isEqualTo(whole);
    }

    @Property(tries = TRIES)
    void jsonSurvivesRandomBytes(@ForAll @Size(max = 2048) byte[] input) {
        survives(new JsonReportParser(SampleReports.TIME_RULE), input);
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void jsonSurvivesMangledBatches(@ForAll("mutations") List<Mutation> mutations) {
        survives(new JsonReportParser(SampleReports.TIME_RULE), mangle(JSON, mutations));
    }

    @Property(tries = TRIES)
    void csvSurvivesRandomBytes(@ForAll @Size(max = 2048) byte[] input) {
        survives(new CsvReportParser(SampleReports.TIME_RULE), input);
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void csvSurvivesMangledFiles(@ForAll("mutations") List<Mutation> mutations) {
        survives(new CsvReportParser(SampleReports.TIME_RULE), mangle(CSV, mutations));
    }

    @Property(tries = TRIES)
    void geoJsonSurvivesRandomBytes(@ForAll @Size(max = 2048) byte[] input) {
        survives(new GeoJsonReportParser(SampleReports.TIME_RULE), input);
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void geoJsonSurvivesMangledCollections(@ForAll("mutations") List<Mutation> mutations) {
        survives(new GeoJsonReportParser(SampleReports.TIME_RULE), mangle(GEOJSON, mutations));
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return mutation().list().ofMinSize(1).ofMaxSize(8);
    }

    /** None (the stream intact) to a few. */
    @Provide
    Arbitrary<List<Mutation>> fewMutations() {
        return mutation().list().ofMaxSize(3);
    }

    private static Arbitrary<Mutation> mutation() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(1, 64),
                        Arbitraries.integers().between(0, TOKENS.size() - 1))
                .as(Mutation::new);
    }

    /** Hands the bytes out in reads of the given sizes, in turn, as a network connection might. */
    private static final class CutStream extends InputStream {

        private final byte[] bytes;
        private final List<Integer> cuts;
        private int position;
        private int reads;

        CutStream(byte[] bytes, List<Integer> cuts) {
            this.bytes = bytes;
            this.cuts = cuts;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] out, int offset, int length) {
            if (position == bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(length, cuts.get(reads++ % cuts.size())), bytes.length - position);
            System.arraycopy(bytes, position, out, offset, n);
            position += n;
            return n;
        }
    }

    private static void survives(ReportParser parser, byte[] input) {
        ParseResult result = assertTimeoutPreemptively(BOUND, () -> parser.parse(new ByteArrayInputStream(input)));
        assertThat(result.rejections()).extracting(Rejection::reason).noneMatch(reason -> reason.startsWith("unreadable"));
    }

    /** Flips, deletes, duplicates or inserts bytes, or inserts a token that matters to one of the formats. */
    private static byte[] mangle(String document, List<Mutation> mutations) {
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        for (Mutation mutation : mutations) {
            int at = (int) (mutation.at() * bytes.length);
            int end = Math.min(bytes.length, at + mutation.length());
            bytes = switch (mutation.kind()) {
                case 0 -> flip(bytes, at, mutation.length());
                case 1 -> concat(slice(bytes, 0, at), slice(bytes, end, bytes.length));
                case 2 -> concat(slice(bytes, 0, end), slice(bytes, at, bytes.length));
                default -> concat(concat(slice(bytes, 0, at), TOKENS.get(mutation.token()).getBytes(StandardCharsets.UTF_8)),
                        slice(bytes, at, bytes.length));
            };
        }
        return bytes;
    }

    private static byte[] flip(byte[] bytes, int at, int seed) {
        byte[] copy = bytes.clone();
        if (at < copy.length) {
            copy[at] ^= (byte) (seed * 37 + 1);
        }
        return copy;
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return Arrays.copyOfRange(bytes, Math.min(from, bytes.length), Math.min(Math.max(from, to), bytes.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
