package org.reassure.monitoring;

import org.reassure.monitoring.ingest.CotParser;
import org.reassure.monitoring.ingest.CsvReportParser;
import org.reassure.monitoring.ingest.GeoJsonReportParser;
import org.reassure.monitoring.ingest.JsonReportParser;

/**
 * The ingest formats, each with its parser.
 */
public enum ReportFormat {
    /** Cursor-on-Target XML events, back to back on a stream. */
    COT,
    /** One JSON report object, or an array of them. */
    JSON,
    /** CSV with a header line. */
    CSV,
    /** A GeoJSON FeatureCollection of Point features. */
    GEOJSON;

    public ReportParser parser(ObservationTimeRule timeRule) {
        return switch (this) {
            case COT -> new CotParser(timeRule);
            case JSON -> new JsonReportParser(timeRule);
            case CSV -> new CsvReportParser(timeRule);
            case GEOJSON -> new GeoJsonReportParser(timeRule);
        };
    }
}
