package org.reassure.monitoring.ingest;

import java.io.InputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

import org.reassure.monitoring.InputUnit;
import org.reassure.monitoring.ObservationTimeRule;
import org.reassure.monitoring.Rejection;
import org.reassure.monitoring.ReportParser;
import org.reassure.monitoring.ReportSink;

/**
 * GeoJSON (RFC 7946) reports: a FeatureCollection of Point features whose properties are the report fields of
 * {@link JsonReportParser} except lat and lon, which the Point's [lon, lat] coordinates give.
 *
 * <p>The collection's "type" must come before its "features" (as every GeoJSON writer puts it), so features can be
 * delivered as they are read; other collection members (foreign members, bbox) are skipped. A feature may have
 * "type", "geometry", "properties", "id" and "bbox"; anything else rejects it. A bad feature is rejected with its
 * index and the collection goes on; broken JSON ends it, keeping the features before.
 */
public final class GeoJsonReportParser implements ReportParser {

    private final ObservationTimeRule timeRule;

    public GeoJsonReportParser(ObservationTimeRule timeRule) {
        this.timeRule = timeRule;
    }

    @Override
    public void parse(InputStream input, ReportSink sink) {
        FeatureReader features = new FeatureReader(new ReportDraft(timeRule), sink);
        try (JsonParser parser = JsonReportFields.FACTORY.createParser(ObjectReadContext.empty(), input)) {
            features.readCollection(parser);
        } catch (JacksonException e) {
            sink.reject(new Rejection(InputUnit.FEATURE, features.index, JsonReportFields.malformed(e)));
        }
    }

    /** Reads one collection; {@code index} is the feature being read. */
    private static final class FeatureReader {

        private final ReportDraft draft;
        private final ReportSink sink;
        private long index;
        private boolean geometryGiven;
        private double lon;
        private double lat;

        FeatureReader(ReportDraft draft, ReportSink sink) {
            this.draft = draft;
            this.sink = sink;
        }

        void readCollection(JsonParser parser) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                document("expected a GeoJSON FeatureCollection object");
                return;
            }
            boolean typed = false;
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                JsonToken value = parser.nextToken();
                if (name.equals("type")) {
                    typed = value == JsonToken.VALUE_STRING && parser.getString().equals("FeatureCollection");
                    if (!typed) {
                        document("type: must be \"FeatureCollection\"");
                        return;
                    }
                } else if (name.equals("features")) {
                    if (!typed || value != JsonToken.START_ARRAY) {
                        document(typed ? "features: must be an array" : "type: \"FeatureCollection\" must come before features");
                        return;
                    }
                    readFeatures(parser);
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                document("unexpected content after the FeatureCollection");
            }
        }

        private void readFeatures(JsonParser parser) {
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY && token != null; token = parser.nextToken()) {
                draft.reset();
                if (token == JsonToken.START_OBJECT) {
                    readFeature(parser);
                } else {
                    draft.reject("a feature must be a JSON object");
                    parser.skipChildren();
                }
                draft.deliver(sink, InputUnit.FEATURE, index);
                index++;
            }
        }

        private void readFeature(JsonParser parser) {
            boolean feature = false;
            geometryGiven = false;
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "type" -> feature = value == JsonToken.VALUE_STRING && parser.getString().equals("Feature");
                    case "geometry" -> readGeometry(parser, value);
                    case "properties" -> readProperties(parser, value);
                    case "id", "bbox" -> parser.skipChildren();
                    default -> {
                        draft.reject("unknown member " + ReportDraft.excerpt(name));
                        parser.skipChildren();
                    }
                }
            }
            if (!feature) {
                draft.reject("type: must be \"Feature\"");
            }
            if (!geometryGiven) {
                draft.reject("geometry: required, a Point");
            }
        }

        private void readProperties(JsonParser parser, JsonToken value) {
            if (value == JsonToken.START_OBJECT) {
                JsonReportFields.readMembers(parser, draft, false);
            } else if (value != JsonToken.VALUE_NULL) {
                draft.reject("properties: must be an object");
                parser.skipChildren();
            }
        }

        private void readGeometry(JsonParser parser, JsonToken value) {
            geometryGiven = true;
            if (value != JsonToken.START_OBJECT) {
                draft.reject("geometry: must be a Point");
                parser.skipChildren();
                return;
            }
            String type = null;
            boolean positioned = false;
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                JsonToken member = parser.nextToken();
                if (name.equals("type") && member == JsonToken.VALUE_STRING) {
                    type = parser.getString();
                } else if (name.equals("coordinates")) {
                    positioned = readPosition(parser, member);
                } else {
                    parser.skipChildren();
                }
            }
            if (!"Point".equals(type)) {
                draft.reject("geometry: must be a Point, was " + (type == null ? "untyped" : ReportDraft.excerpt(type)));
            } else if (!positioned) {
                draft.reject("geometry: coordinates must be [lon, lat] or [lon, lat, altitude] numbers");
            } else {
                draft.number(ReportField.LON, lon);
                draft.number(ReportField.LAT, lat);
            }
        }

        /** Reads [lon, lat] or [lon, lat, altitude] into {@code lon} and {@code lat}; false for anything else. */
        private boolean readPosition(JsonParser parser, JsonToken value) {
            if (value != JsonToken.START_ARRAY) {
                parser.skipChildren();
                return false;
            }
            int count = 0;
            boolean numbers = true;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY && token != null; token = parser.nextToken()) {
                numbers &= token.isNumeric();
                if (numbers && count < 2) {
                    double coordinate = parser.getDoubleValue();
                    if (count == 0) {
                        lon = coordinate;
                    } else {
                        lat = coordinate;
                    }
                }
                parser.skipChildren();
                count++;
            }
            return numbers && count >= 2 && count <= 3;
        }

        private void document(String reason) {
            sink.reject(new Rejection(InputUnit.DOCUMENT, 0, reason));
        }
    }
}
