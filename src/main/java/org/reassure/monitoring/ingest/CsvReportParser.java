package org.reassure.monitoring.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

import org.reassure.monitoring.InputUnit;
import org.reassure.monitoring.ObservationTimeRule;
import org.reassure.monitoring.Rejection;
import org.reassure.monitoring.ReportParser;
import org.reassure.monitoring.ReportSink;

/**
 * CSV reports (RFC 4180 quoting, UTF-8), read with Jackson's CSV module.
 *
 * <p>The first line is a header naming the columns, in any order: sourceId, sourceType, eventUid, observedAt
 * (ISO-8601), lat, lon, accuracyM, category, confidence, and the optional text and attachmentSha256 (digests
 * separated by ';'). An empty cell is an absent value. Lines are at most {@value #MAX_LINE_LENGTH} characters.
 *
 * <p>A bad row is rejected with its line number and reading goes on; a header that is not the documented one rejects
 * the file; broken quoting, an over-long line or invalid UTF-8 ends the file (a CSV reader cannot be resynchronised
 * after them), keeping the rows before.
 */
public final class CsvReportParser implements ReportParser {

    public static final int MAX_LINE_LENGTH = 8 * 1024;

    private static final ObjectReader ROWS = CsvMapper.builder(CsvFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(16 * 1024).build())
                    .build())
            .enable(CsvReadFeature.SKIP_EMPTY_LINES)
            .build()
            .readerFor(String[].class)
            .with(CsvSchema.emptySchema());

    private final ObservationTimeRule timeRule;

    public CsvReportParser(ObservationTimeRule timeRule) {
        this.timeRule = timeRule;
    }

    @Override
    public void parse(InputStream input, ReportSink sink) {
        LineLengthLimit lines = new LineLengthLimit(
                new InputStreamReader(input, StandardCharsets.UTF_8.newDecoder()), MAX_LINE_LENGTH);
        RowReader rows = new RowReader(new ReportDraft(timeRule), sink);
        try (JsonParser parser = ROWS.createParser(lines)) {
            rows.readAll(parser);
        } catch (JacksonException e) {
            sink.reject(failure(e, lines.line(), rows.line));
        }
    }

    /** Where and why reading stopped: the line being read for input failures, else the row that broke. */
    private static Rejection failure(JacksonException e, long inputLine, long rowLine) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof LineLengthLimit.LineTooLong tooLong) {
                return new Rejection(InputUnit.LINE, inputLine, tooLong.getMessage());
            }
            if (cause instanceof CharacterCodingException) {
                return new Rejection(InputUnit.LINE, inputLine, "not valid UTF-8");
            }
            if (cause instanceof IOException io) {
                return new Rejection(InputUnit.LINE, inputLine,
                        "input failed: " + ReportDraft.printable(String.valueOf(io.getMessage())));
            }
        }
        return new Rejection(InputUnit.LINE, rowLine,
                "malformed CSV: " + ReportDraft.printable(String.valueOf(e.getOriginalMessage())));
    }

    /** Reads the header, then the rows; {@code line} is where the current row starts. */
    private static final class RowReader {

        private final ReportDraft draft;
        private final ReportSink sink;
        private ReportField[] columns;
        private long line = 1;

        RowReader(ReportDraft draft, ReportSink sink) {
            this.draft = draft;
            this.sink = sink;
        }

        void readAll(JsonParser parser) {
            if (!readHeader(parser)) {
                return;
            }
            for (JsonToken row = parser.nextToken(); row == JsonToken.START_ARRAY; row = parser.nextToken()) {
                // at a row's start the reader is on its first line; the token's own location lags one row behind
                line = parser.currentLocation().getLineNr();
                readRow(parser);
            }
        }

        private boolean readHeader(JsonParser parser) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                sink.reject(new Rejection(InputUnit.LINE, 1, "header required: " + ReportField.header()));
                return false;
            }
            String problem = header(parser);
            if (problem != null) {
                sink.reject(new Rejection(InputUnit.LINE, 1, problem));
                return false;
            }
            return true;
        }

        /** Maps each column to its field; a reason when the header is not the documented one. */
        private String header(JsonParser parser) {
            List<ReportField> fields = new ArrayList<>();
            String problem = null;
            for (JsonToken cell = parser.nextToken(); cell == JsonToken.VALUE_STRING; cell = parser.nextToken()) {
                String name = parser.getString().replace("\uFEFF", "").strip();
                ReportField field = ReportField.byKey(name);
                if (problem == null) {
                    problem = columnProblem(field, name, fields);
                }
                fields.add(field);
            }
            columns = fields.toArray(new ReportField[0]);
            return problem != null ? problem : missingColumn(fields);
        }

        private static String columnProblem(ReportField field, String name, List<ReportField> earlier) {
            if (field == null) {
                return "header: unknown column " + ReportDraft.excerpt(name) + "; expected " + ReportField.header();
            }
            return earlier.contains(field) ? "header: repeated column " + field.key : null;
        }

        private static String missingColumn(List<ReportField> fields) {
            for (ReportField field : ReportField.values()) {
                if (field.required && !fields.contains(field)) {
                    return "header: missing column " + field.key + "; expected " + ReportField.header();
                }
            }
            return null;
        }

        private void readRow(JsonParser parser) {
            draft.reset();
            int count = 0;
            for (JsonToken cell = parser.nextToken(); cell == JsonToken.VALUE_STRING; cell = parser.nextToken()) {
                String value = parser.getString();
                if (count < columns.length && !value.isEmpty()) {
                    draft.text(columns[count], value);
                }
                count++;
            }
            if (count != columns.length) {
                draft.reject("row has " + count + " columns, the header has " + columns.length);
            }
            draft.deliver(sink, InputUnit.LINE, line);
        }
    }
}
