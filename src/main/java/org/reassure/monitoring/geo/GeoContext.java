package org.reassure.monitoring.geo;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.reassure.monitoring.GeoTagger;
import org.reassure.monitoring.GeoTags;
import org.reassure.monitoring.Hub;
import org.reassure.monitoring.Oblast;
import org.reassure.monitoring.Sector;
import org.reassure.monitoring.Side;
import org.reassure.monitoring.Zone;

/**
 * The geographic context of the ceasefire, in memory: the line of contact, oblast boundaries and Multinational Force
 * hubs, loaded from GeoJSON. Immutable and safe to share between threads.
 *
 * <p>Tagging a position gives its oblast (point in polygon), its side of the line ({@link LineOfContact}; beyond
 * either end of the line a position outside every known oblast, such as Russia past the northern end or the open sea,
 * is UNKNOWN), its distance to the line and zone, and its sector: the line is cut into {@code sectorCount} equal
 * stretches from its northern end, and a position belongs to the sector of its nearest point on the line.
 */
public final class GeoContext implements GeoTagger {

    private static final String LINE_RESOURCE = "/geo/line-of-contact.synthetic.geojson";
    private static final String OBLASTS_RESOURCE = "/geo/oblasts.synthetic.geojson";
    private static final String HUBS_RESOURCE = "/geo/mnf-hubs.synthetic.geojson";

    private final LineString lineString;
    private final LineOfContact line;
    private final OblastIndex oblasts;
    private final List<Hub> hubs;
    private final GeoSettings settings;
    private final Sector[] sectors;
    private final double sectorLengthKm;
    private final boolean syntheticData;

    private GeoContext(GeoJsonLayer lineLayer, GeoJsonLayer oblastLayer, GeoJsonLayer hubLayer, GeoSettings settings) {
        this.lineString = lineOf(lineLayer);
        this.line = new LineOfContact(lineString);
        this.oblasts = new OblastIndex(oblastLayer);
        this.hubs = hubsOf(hubLayer);
        this.settings = settings;
        this.sectors = new Sector[settings.sectorCount()];
        for (int i = 0; i < sectors.length; i++) {
            sectors[i] = new Sector(i + 1);
        }
        this.sectorLengthKm = line.lengthKm() / sectors.length;
        this.syntheticData = lineLayer.synthetic() || oblastLayer.synthetic() || hubLayer.synthetic();
    }

    /** The synthetic, illustrative files shipped with the module, with the standard settings. */
    public static GeoContext synthetic() {
        return synthetic(GeoSettings.standard());
    }

    public static GeoContext synthetic(GeoSettings settings) {
        return load(resource(LINE_RESOURCE), resource(OBLASTS_RESOURCE), resource(HUBS_RESOURCE), settings);
    }

    /** Reads and closes the three GeoJSON FeatureCollections. */
    public static GeoContext load(InputStream lineOfContact, InputStream oblasts, InputStream hubs, GeoSettings settings) {
        return new GeoContext(GeoJsonLayer.read(lineOfContact), GeoJsonLayer.read(oblasts), GeoJsonLayer.read(hubs), settings);
    }

    @Override
    public GeoTags tag(double lat, double lon) {
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("position: lat must be within [-90, 90] and lon within [-180, 180], was "
                    + lat + ", " + lon);
        }
        Oblast oblast = oblasts.locate(lat, lon);
        LineOfContact.Nearest nearest = line.nearest(lat, lon);
        return new GeoTags(oblast, sideOf(nearest, oblast), nearest.distanceKm(), zoneOf(nearest.distanceKm()),
                sectorOf(nearest.chainageKm()), nearest.chainageKm());
    }

    public double lineLengthKm() {
        return line.lengthKm();
    }

    public int sectorCount() {
        return sectors.length;
    }

    public List<Hub> hubs() {
        return hubs;
    }

    /** The line of contact from its northern end (x = lon, y = lat), a copy for drawing. */
    public LineString lineOfContact() {
        return (LineString) lineString.copy();
    }

    public GeoSettings settings() {
        return settings;
    }

    /** True when any of the loaded files says it is synthetic: a user interface must then say so. */
    public boolean syntheticData() {
        return syntheticData;
    }

    private static Side sideOf(LineOfContact.Nearest nearest, Oblast oblast) {
        if (nearest.beyondEnd() && oblast == Oblast.UNKNOWN) {
            return Side.UNKNOWN;
        }
        return nearest.left() ? Side.OCCUPIED : Side.UKRAINIAN_CONTROLLED;
    }

    private Zone zoneOf(double distanceKm) {
        if (distanceKm <= settings.withdrawalKm()) {
            return Zone.WITHDRAWAL_ZONE;
        }
        return distanceKm <= settings.bufferKm() ? Zone.BUFFER : Zone.REAR;
    }

    private Sector sectorOf(double chainageKm) {
        return sectors[Math.min(sectors.length - 1, (int) (chainageKm / sectorLengthKm))];
    }

    private static LineString lineOf(GeoJsonLayer layer) {
        if (layer.features().size() != 1 || !(layer.features().get(0).geometry() instanceof LineString line)) {
            throw new IllegalArgumentException("line of contact: must be one LineString feature");
        }
        return line;
    }

    private static List<Hub> hubsOf(GeoJsonLayer layer) {
        List<Hub> hubs = new ArrayList<>();
        for (GeoJsonLayer.Feature feature : layer.features()) {
            if (!(feature.geometry() instanceof Point point)) {
                throw new IllegalArgumentException("hubs: every feature must be a Point");
            }
            hubs.add(new Hub(feature.text("name"), point.getY(), point.getX()));
        }
        return List.copyOf(hubs);
    }

    private static InputStream resource(String name) {
        InputStream stream = GeoContext.class.getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return stream;
    }
}
