package org.reassure.monitoring.ingest;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Report fields as JSON object members, shared by the JSON and GeoJSON parsers, and their bounded JSON factory.
 */
final class JsonReportFields {

    /** Thread-safe; bounds nesting, names, strings, numbers and document size; never closes the caller's stream. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(16)
                    .maxNameLength(256)
                    .maxStringLength(16 * 1024)
                    .maxNumberLength(64)
                    .maxDocumentLength(256L * 1024 * 1024)
                    .build())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private JsonReportFields() {
    }

    /**
     * Reads the members of the object the parser has just entered, up to its end, into the draft; unknown members
     * are rejected. Where {@code positionInside} is false (GeoJSON), lat and lon belong to the geometry instead.
     */
    static void readMembers(JsonParser parser, ReportDraft draft, boolean positionInside) {
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken value = parser.nextToken();
            ReportField field = ReportField.byKey(name);
            if (field == null) {
                draft.reject("unknown field " + ReportDraft.excerpt(name));
                parser.skipChildren();
            } else if (!positionInside && (field == ReportField.LAT || field == ReportField.LON)) {
                draft.reject(field.key + ": give the position as the Point geometry, not as a property");
                parser.skipChildren();
            } else {
                readValue(parser, value, field, draft);
            }
        }
    }

    private static void readValue(JsonParser parser, JsonToken value, ReportField field, ReportDraft draft) {
        switch (value) {
            case VALUE_NULL -> {
                // null is the same as absent
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> draft.number(field, parser.getDoubleValue());
            case VALUE_STRING -> {
                if (field.numeric) {
                    draft.reject(field.key + ": must be a JSON number");
                } else if (field == ReportField.ATTACHMENT_SHA256) {
                    draft.reject(field.key + ": must be an array of strings");
                } else {
                    draft.text(field, parser.getString());
                }
            }
            case START_ARRAY -> {
                if (field == ReportField.ATTACHMENT_SHA256 && draft.claim(field)) {
                    readDigests(parser, draft);
                } else {
                    draft.reject(field.key + ": must not be an array");
                    parser.skipChildren();
                }
            }
            default -> {
                draft.reject(field.key + ": must be " + (field.numeric ? "a number" : "a string"));
                parser.skipChildren();
            }
        }
    }

    private static void readDigests(JsonParser parser, ReportDraft draft) {
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == JsonToken.VALUE_STRING) {
                draft.attachment(parser.getString());
            } else {
                draft.reject(ReportField.ATTACHMENT_SHA256.key + ": must be an array of strings");
                parser.skipChildren();
            }
        }
    }

    /** A rejection reason for broken JSON, with its place; no excerpt of the input beyond a short quotation. */
    static String malformed(JacksonException e) {
        String where = e.getLocation() == null || e.getLocation().getLineNr() < 0 ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String detail = String.valueOf(e.getOriginalMessage());
        return "malformed JSON" + where + ": " + ReportDraft.printable(detail.lines().findFirst().orElse(""));
    }
}
