package org.reassure.monitoring;

/**
 * Tags a position with its geographic context; implementations are safe to share between threads.
 */
@FunctionalInterface
public interface GeoTagger {

    GeoTags tag(double lat, double lon);
}
