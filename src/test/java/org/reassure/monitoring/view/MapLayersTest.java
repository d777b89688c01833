package org.reassure.monitoring.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.reassure.monitoring.GeoTags;
import org.reassure.monitoring.SyntheticStream;
import org.reassure.monitoring.geo.GeoContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map's context layers agree with how incidents are tagged: the drawn zones hold the positions tagged in them
 * (to 2% of the distance), and the drawn sectors cut the line where tagging does.
 */
class MapLayersTest {

    private static final GeoContext GEO = GeoContext.synthetic();
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    @Test
    void theDrawnZonesHoldThePositionsTaggedInThem() {
        ZoneOutlines zones = new ZoneOutlines(GEO.lineOfContact());
        PreparedGeometry withdrawal = PreparedGeometryFactory.prepare(zones.within(GEO.settings().withdrawalKm()));
        PreparedGeometry buffer = PreparedGeometryFactory.prepare(zones.between(GEO.settings().withdrawalKm(), GEO.settings().bufferKm()));
        SyntheticStream places = new SyntheticStream(7);
        int checked = 0;
        for (int i = 0; i < 3_000; i++) {
            double[] place = places.nearLine(45);
            GeoTags tags = GEO.tag(place[0], place[1]);
            Point point = GEOMETRIES.createPoint(new Coordinate(place[1], place[0]));
            double km = tags.distanceToLineKm();
            if (km < 15 * 0.98) {
                assertThat(withdrawal.contains(point)).as("%.2f km from the line", km).isTrue();
                assertThat(buffer.contains(point)).isFalse();
                checked++;
            }
            else if (km > 15 * 1.02 && km < 30 * 0.98) {
                assertThat(withdrawal.contains(point)).as("%.2f km from the line", km).isFalse();
                assertThat(buffer.contains(point)).as("%.2f km from the line", km).isTrue();
                checked++;
            }
            else if (km > 30 * 1.02) {
                assertThat(withdrawal.contains(point) || buffer.contains(point)).as("%.2f km from the line", km).isFalse();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(2_500);
    }

    @Test
    void theSectorsCutTheLineWhereTaggingChangesSector() {
        LineString line = GEO.lineOfContact();
        List<List<double[]>> pieces = MapLayers.sectorPieces(line, GEO.sectorCount());
        assertThat(pieces).hasSize(12);
        assertThat(pieces.get(0).get(0)).containsExactly(line.getCoordinateN(0).x, line.getCoordinateN(0).y);
        Coordinate end = line.getCoordinateN(line.getNumPoints() - 1);
        assertThat(pieces.get(11).get(pieces.get(11).size() - 1)).containsExactly(end.x, end.y);
        for (int s = 0; s < pieces.size(); s++) {
            List<double[]> piece = pieces.get(s);
            double[] middle = piece.get(piece.size() / 2);
            assertThat(GEO.tag(middle[1], middle[0]).sector().number()).as("middle of piece %d", s + 1).isEqualTo(s + 1);
            if (s > 0) {
                assertThat(piece.get(0)).containsExactly(pieces.get(s - 1).get(pieces.get(s - 1).size() - 1));
            }
        }
    }

    @Test
    void servesOneFeatureCollectionWithEveryLayer() {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode layers = json.readTree(new MapLayers(GEO, json).geoJson());
        assertThat(layers.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(layers.path("synthetic").asBoolean()).isTrue();
        assertThat(layers.path("features").valueStream().map(f -> f.path("properties").path("layer").asString()).distinct())
            .containsExactlyInAnyOrder("buffer-zone", "withdrawal-zone", "sector", "hub");
    }
}
