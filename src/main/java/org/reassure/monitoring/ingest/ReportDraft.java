package org.reassure.monitoring.ingest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reassure.monitoring.Category;
import org.reassure.monitoring.InputUnit;
import org.reassure.monitoring.ObservationTimeRule;
import org.reassure.monitoring.Position;
import org.reassure.monitoring.Rejection;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.ReportId;
import org.reassure.monitoring.ReportSink;
import org.reassure.monitoring.SourceType;

import tools.jackson.core.io.NumberInput;

/**
 * A report being read, field by field, reused from one input item to the next. The first problem found is kept as
 * the reason; reading goes on to the end of the item so the parser stays in step with its input.
 */
final class ReportDraft {

    private static final int MAX_NUMBER_LENGTH = 32;
    private static final int EXCERPT_LENGTH = 40;
    private static final Map<String, SourceType> SOURCE_TYPES = byName(SourceType.values());
    private static final Map<String, Category> CATEGORIES = byName(Category.values());

    private final ObservationTimeRule timeRule;
    private final List<String> attachments = new ArrayList<>();
    private String sourceId;
    private String eventUid;
    private String text;
    private SourceType sourceType;
    private Category category;
    private Instant observedAt;
    private double lat;
    private double lon;
    private double accuracyM;
    private double confidence;
    private int given;
    private String problem;

    ReportDraft(ObservationTimeRule timeRule) {
        this.timeRule = timeRule;
    }

    void reset() {
        attachments.clear();
        sourceId = eventUid = text = null;
        sourceType = null;
        category = null;
        observedAt = null;
        given = 0;
        problem = null;
    }

    /** Keeps the first reason only: later ones are usually consequences of it. */
    void reject(String reason) {
        if (problem == null) {
            problem = reason;
        }
    }

    boolean has(ReportField field) {
        return (given & field.bit()) != 0;
    }

    /** A field given as text (CSV cell, XML attribute, JSON string); surrounding blanks are ignored except in text. */
    void text(ReportField field, String raw) {
        if (!claim(field)) {
            return;
        }
        String value = field == ReportField.TEXT ? raw : raw.strip();
        switch (field) {
            case SOURCE_ID -> sourceId = value;
            case EVENT_UID -> eventUid = value;
            case TEXT -> text = value;
            case SOURCE_TYPE -> sourceType = named(field, SOURCE_TYPES, value);
            case CATEGORY -> category = named(field, CATEGORIES, value);
            case OBSERVED_AT -> observedAt = instant(value);
            case ATTACHMENT_SHA256 -> splitDigests(value);
            default -> assign(field, decimal(field, value));
        }
    }

    /** A field given as a number (JSON number). */
    void number(ReportField field, double value) {
        if (!field.numeric) {
            reject(field.key + ": must be a string");
        } else if (claim(field)) {
            assign(field, value);
        }
    }

    /** One attachment digest from a list (JSON array), after {@link #claim} of the field. */
    void attachment(String digest) {
        attachments.add(digest);
    }

    /** The report, or an {@link IllegalArgumentException} whose message names the field and the rule. */
    private Report build() {
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        for (ReportField field : ReportField.values()) {
            if (field.required && !has(field)) {
                throw new IllegalArgumentException(field.key + ": required");
            }
        }
        Report report = new Report(new ReportId(sourceId, eventUid), sourceType, observedAt,
                new Position(lat, lon, accuracyM), category, confidence, text, attachments);
        timeRule.check(observedAt);
        return report;
    }

    /** Builds the report and hands it to the sink, or the reason it cannot be built, at that place of the input. */
    void deliver(ReportSink sink, InputUnit unit, long index) {
        Report report;
        try {
            report = build();
        } catch (IllegalArgumentException e) {
            sink.reject(new Rejection(unit, index, e.getMessage()));
            return;
        }
        sink.accept(report, unit, index);
    }

    /** A short, printable, quoted excerpt of untrusted input for a rejection reason. */
    static String excerpt(String raw) {
        return "'" + printable(raw) + "'";
    }

    /** Untrusted input made short and printable for a rejection reason. */
    static String printable(String raw) {
        StringBuilder printable = new StringBuilder(EXCERPT_LENGTH + 3);
        for (int i = 0; i < raw.length() && i < EXCERPT_LENGTH; i++) {
            char c = raw.charAt(i);
            printable.append(Character.isISOControl(c) ? '?' : c);
        }
        return printable.append(raw.length() > EXCERPT_LENGTH ? "..." : "").toString();
    }

    /** Marks the field as given; false, with a reason, when it was given already. */
    boolean claim(ReportField field) {
        if (has(field)) {
            reject(field.key + ": given more than once");
            return false;
        }
        given |= field.bit();
        return true;
    }

    private void assign(ReportField field, double value) {
        switch (field) {
            case LAT -> lat = value;
            case LON -> lon = value;
            case ACCURACY_M -> accuracyM = value;
            case CONFIDENCE -> confidence = value;
            default -> throw new IllegalStateException("not a numeric field: " + field);
        }
    }

    private <E> E named(ReportField field, Map<String, E> names, String value) {
        E found = names.get(value);
        if (found == null) {
            reject(field.key + ": unknown value " + excerpt(value) + ", expected one of " + names.keySet());
        }
        return found;
    }

    private Instant instant(String value) {
        try {
            return IsoInstants.parse(value);
        } catch (DateTimeParseException e) {
            reject("observedAt: must be an ISO-8601 instant such as 2026-01-06T10:15:30Z, was " + excerpt(value));
            return null;
        }
    }

    private double decimal(ReportField field, String value) {
        double parsed = plainDecimal(value);
        if (Double.isNaN(parsed)) {
            reject(field.key + ": must be a decimal number, was " + excerpt(value));
        }
        return parsed;
    }

    /**
     * The correctly rounded double of a number in plain decimal notation, read by Jackson's copy of FastDoubleParser
     * (the JDK's general algorithm took several times longer on the 16 and 17 digits of the coordinates many clients
     * print); NaN for anything else, such as the "NaN", "Infinity", hexadecimal and trailing "d" that Java would accept.
     */
    static double plainDecimal(String value) {
        boolean plain = !value.isEmpty() && value.length() <= MAX_NUMBER_LENGTH;
        for (int i = 0; plain && i < value.length(); i++) {
            char c = value.charAt(i);
            plain = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
        }
        if (!plain) {
            return Double.NaN;
        }
        try {
            return NumberInput.parseDouble(value, true);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private void splitDigests(String value) {
        if (value.isEmpty()) {
            return;
        }
        for (String digest : value.split(";", Report.MAX_ATTACHMENTS + 2)) {
            attachments.add(digest.strip());
        }
    }

    private static <E extends Enum<E>> Map<String, E> byName(E[] values) {
        Map<String, E> names = new LinkedHashMap<>();
        for (E value : values) {
            names.put(value.name(), value);
        }
        return names;
    }
}
