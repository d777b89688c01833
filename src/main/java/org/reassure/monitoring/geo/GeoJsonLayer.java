package org.reassure.monitoring.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GeoJSON FeatureCollection read into JTS geometries (x = lon, y = lat), for the trusted files the module ships
 * or an operator installs: Point, LineString, Polygon and MultiPolygon only.
 */
record GeoJsonLayer(boolean synthetic, List<Feature> features) {

    /** One feature: its geometry and its properties. */
    record Feature(Geometry geometry, JsonNode properties) {

        String text(String property) {
            JsonNode value = properties.get(property);
            if (value == null || !value.isString()) {
                throw new IllegalArgumentException("properties." + property + ": required string");
            }
            return value.stringValue();
        }

        boolean synthetic() {
            JsonNode value = properties.get("synthetic");
            return value != null && value.asBoolean(false);
        }
    }

    private static final GeometryFactory GEOMETRIES = new GeometryFactory();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static GeoJsonLayer read(InputStream input) {
        try (input) {
            JsonNode collection = JSON.readTree(input);
            if (!"FeatureCollection".equals(collection.path("type").asString(""))) {
                throw new IllegalArgumentException("type: must be FeatureCollection");
            }
            List<Feature> features = new ArrayList<>();
            boolean synthetic = collection.path("synthetic").asBoolean(false);
            for (JsonNode feature : collection.path("features")) {
                Feature read = new Feature(geometry(feature.path("geometry")), feature.path("properties"));
                synthetic |= read.synthetic();
                features.add(read);
            }
            return new GeoJsonLayer(synthetic, List.copyOf(features));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Geometry geometry(JsonNode geometry) {
        JsonNode coordinates = geometry.path("coordinates");
        return switch (geometry.path("type").asString("")) {
            case "Point" -> GEOMETRIES.createPoint(coordinate(coordinates));
            case "LineString" -> GEOMETRIES.createLineString(coordinates(coordinates));
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                Polygon[] polygons = new Polygon[coordinates.size()];
                for (int i = 0; i < polygons.length; i++) {
                    polygons[i] = polygon(coordinates.get(i));
                }
                yield GEOMETRIES.createMultiPolygon(polygons);
            }
            default -> throw new IllegalArgumentException("geometry.type: must be Point, LineString, Polygon or MultiPolygon");
        };
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = GEOMETRIES.createLinearRing(coordinates(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = GEOMETRIES.createLinearRing(coordinates(rings.get(i + 1)));
        }
        return GEOMETRIES.createPolygon(shell, holes);
    }

    private static Coordinate[] coordinates(JsonNode positions) {
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = coordinate(positions.get(i));
        }
        return coordinates;
    }

    private static Coordinate coordinate(JsonNode position) {
        if (position == null || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw new IllegalArgumentException("coordinates: each position must be [lon, lat]");
        }
        return new Coordinate(position.get(0).doubleValue(), position.get(1).doubleValue());
    }
}
