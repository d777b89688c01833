package org.reassure.monitoring.view;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import org.reassure.monitoring.IncidentSummary;
import org.reassure.monitoring.SourceType;
import org.springframework.stereotype.Service;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Incidents as CSV or as a GeoJSON FeatureCollection, oldest first, streamed from the database so an export of any
 * size holds one row in memory. What each reader gets is what {@link Releasability} releases: a withheld field is an
 * empty CSV cell and an absent GeoJSON property.
 *
 * <p>CSV columns, in order: {@value #CSV_HEADER}; sourceTypes are joined with {@code ;}.
 */
@Service
public class IncidentExport {

    static final String CSV_HEADER = "id,category,osceCategory,status,firstObserved,lastObserved,lat,lon,accuracyM,reportCount,independentSources,"
            + "sourceTypes,oblast,sector,side,distanceKm,zone,closed";

    /** One GeoJSON feature: a point and the incident as released. */
    private record Feature(String type, Point geometry, IncidentView properties) {
    }

    private record Point(String type, double[] coordinates) {
    }

    private final IncidentSelections selections;
    private final Releasability releasability;
    private final JsonMapper json;

    IncidentExport(IncidentSelections selections, Releasability releasability, JsonMapper json) {
        this.selections = selections;
        this.releasability = releasability;
        this.json = json;
    }

    public void csv(IncidentFilter filter, Clearance clearance, OutputStream output) {
        try {
            Writer out = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            out.write(CSV_HEADER);
            out.write("\r\n");
            selections.each(filter, releasability.statuses(clearance, filter.status()),
                    incident -> releasability.incident(incident, clearance).ifPresent(view -> write(out, csvLine(view))));
            out.flush();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void geoJson(IncidentFilter filter, Clearance clearance, OutputStream output) {
        try (JsonGenerator generator = json.createGenerator(output)) {
            generator.writeStartObject();
            generator.writeStringProperty("type", "FeatureCollection");
            generator.writeName("features");
            generator.writeStartArray();
            selections.each(filter, releasability.statuses(clearance, filter.status()), (IncidentSummary incident) -> releasability
                .incident(incident, clearance)
                .ifPresent(view -> generator.writePOJO(new Feature("Feature", new Point("Point", new double[] { view.lon(), view.lat() }), view))));
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }

    private static String csvLine(IncidentView view) {
        StringJoiner line = new StringJoiner(",", "", "\r\n");
        line.add(view.id()).add(view.category().name()).add(view.osceCategory().name()).add(view.status().name());
        line.add(view.firstObserved().toString()).add(view.lastObserved().toString());
        line.add(Double.toString(view.lat())).add(Double.toString(view.lon())).add(view.accuracyM() == null ? "" : Double.toString(view.accuracyM()));
        line.add(Integer.toString(view.reportCount())).add(Integer.toString(view.independentSources()));
        line.add(view.sourceTypes() == null ? "" : String.join(";", view.sourceTypes().stream().map(SourceType::name).toList()));
        line.add(view.oblast().name()).add(view.sectorLabel()).add(view.side().name()).add(Double.toString(view.distanceKm())).add(view.zone().name());
        line.add(Boolean.toString(view.closed()));
        return line.toString();
    }

    private static void write(Writer out, String line) {
        try {
            out.write(line);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
