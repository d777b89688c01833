package org.reassure.monitoring.geo;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;
import org.reassure.monitoring.Oblast;

/**
 * Point-in-polygon over oblast boundaries: an STRtree of their envelopes, then the indexed point-in-area locator of
 * each candidate (the one a JTS PreparedPolygon uses, called directly to avoid building a Point per position).
 */
final class OblastIndex {

    private record Area(Oblast oblast, IndexedPointInAreaLocator locator) {
    }

    private final STRtree areas = new STRtree();

    OblastIndex(GeoJsonLayer layer) {
        for (GeoJsonLayer.Feature feature : layer.features()) {
            String code = feature.text("iso3166_2");
            Oblast oblast = Oblast.byIsoCode(code).orElseThrow(
                    () -> new IllegalArgumentException("iso3166_2: unknown oblast code " + code));
            IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(feature.geometry());
            Envelope envelope = feature.geometry().getEnvelopeInternal();
            locator.locate(envelope.centre()); // builds the locator's index now, not on the first tagged report
            areas.insert(envelope, new Area(oblast, locator));
        }
        areas.build();
    }

    /** The oblast containing the position (its boundary included), or {@link Oblast#UNKNOWN}. */
    Oblast locate(double lat, double lon) {
        Coordinate position = new Coordinate(lon, lat);
        Oblast[] found = {Oblast.UNKNOWN};
        areas.query(new Envelope(position), item -> {
            Area area = (Area) item;
            if (found[0] == Oblast.UNKNOWN && area.locator().locate(position) != Location.EXTERIOR) {
                found[0] = area.oblast();
            }
        });
        return found[0];
    }
}
