package org.reassure.monitoring.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.reassure.monitoring.Hub;
import org.reassure.monitoring.Sector;
import org.reassure.monitoring.geo.GeoContext;
import org.reassure.monitoring.geo.GeoSettings;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The geographic context drawn under the incidents, as one GeoJSON FeatureCollection computed once: the line of
 * contact cut into its sectors ({@code layer: sector}), the withdrawal zone and the buffer beyond it as polygons
 * ({@code layer: withdrawal-zone, buffer-zone}, with their distance in km), and the Multinational Force hubs
 * ({@code layer: hub}). {@code synthetic: true} when any of it is illustrative.
 */
@Component
public class MapLayers {

    private static final double MEAN_RADIUS_KM = 6371.0088;

    private final GeoContext geo;
    private final JsonMapper json;
    private volatile String geoJson;

    MapLayers(GeoContext geo, JsonMapper json) {
        this.geo = geo;
        this.json = json;
    }

    public String geoJson() {
        String computed = geoJson;
        if (computed == null) {
            computed = json.writeValueAsString(collection());
            geoJson = computed;
        }
        return computed;
    }

    private Map<String, Object> collection() {
        GeoSettings settings = geo.settings();
        LineString line = geo.lineOfContact();
        ZoneOutlines zones = new ZoneOutlines(line);
        List<Object> features = new ArrayList<>();
        features.add(feature(geometry(zones.between(settings.withdrawalKm(), settings.bufferKm())), Map.of("layer", "buffer-zone", "km", settings.bufferKm())));
        features.add(feature(geometry(zones.within(settings.withdrawalKm())), Map.of("layer", "withdrawal-zone", "km", settings.withdrawalKm())));
        List<List<double[]>> pieces = sectorPieces(line, geo.sectorCount());
        for (int s = 0; s < pieces.size(); s++) {
            features.add(feature(Map.of("type", "LineString", "coordinates", pieces.get(s)), Map.of("layer", "sector", "label", new Sector(s + 1).label())));
        }
        for (Hub hub : geo.hubs()) {
            features.add(feature(Map.of("type", "Point", "coordinates", new double[] { hub.lon(), hub.lat() }), Map.of("layer", "hub", "name", hub.name())));
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("synthetic", geo.syntheticData());
        collection.put("features", features);
        return collection;
    }

    /** The line cut into {@code count} stretches of equal length along it (great-circle km), from its northern end. */
    static List<List<double[]>> sectorPieces(LineString line, int count) {
        Coordinate[] points = line.getCoordinates();
        double[] along = new double[points.length];
        for (int i = 1; i < points.length; i++) {
            along[i] = along[i - 1] + haversineKm(points[i - 1], points[i]);
        }
        double sectorKm = along[points.length - 1] / count;
        List<List<double[]>> pieces = new ArrayList<>();
        List<double[]> piece = new ArrayList<>(List.of(new double[] { points[0].x, points[0].y }));
        for (int i = 1; i < points.length; i++) {
            while (pieces.size() < count - 1 && along[i] >= sectorKm * (pieces.size() + 1)) {
                double t = (sectorKm * (pieces.size() + 1) - along[i - 1]) / (along[i] - along[i - 1]);
                double[] cut = { points[i - 1].x + t * (points[i].x - points[i - 1].x), points[i - 1].y + t * (points[i].y - points[i - 1].y) };
                piece.add(cut);
                pieces.add(piece);
                piece = new ArrayList<>(List.<double[]>of(cut));
            }
            piece.add(new double[] { points[i].x, points[i].y });
        }
        pieces.add(piece);
        return pieces;
    }

    private static double haversineKm(Coordinate a, Coordinate b) {
        double dLat = Math.toRadians(b.y - a.y);
        double dLon = Math.toRadians(b.x - a.x);
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(a.y)) * Math.cos(Math.toRadians(b.y)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * MEAN_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static Map<String, Object> feature(Object geometry, Map<String, Object> properties) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("properties", properties);
        feature.put("geometry", geometry);
        return feature;
    }

    /** A polygon or multipolygon as GeoJSON. */
    private static Map<String, Object> geometry(Geometry area) {
        if (area instanceof Polygon polygon) {
            return Map.of("type", "Polygon", "coordinates", rings(polygon));
        }
        List<Object> polygons = new ArrayList<>();
        for (int i = 0; i < area.getNumGeometries(); i++) {
            if (area.getGeometryN(i) instanceof Polygon polygon) {
                polygons.add(rings(polygon));
            }
        }
        return Map.of("type", "MultiPolygon", "coordinates", polygons);
    }

    private static List<double[][]> rings(Polygon polygon) {
        List<double[][]> rings = new ArrayList<>();
        rings.add(positions(polygon.getExteriorRing()));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(positions(polygon.getInteriorRingN(i)));
        }
        return rings;
    }

    private static double[][] positions(LineString ring) {
        Coordinate[] coordinates = ring.getCoordinates();
        double[][] positions = new double[coordinates.length][];
        for (int i = 0; i < coordinates.length; i++) {
            positions[i] = new double[] { Math.round(coordinates[i].x * 1e5) / 1e5, Math.round(coordinates[i].y * 1e5) / 1e5 };
        }
        return positions;
    }
}
