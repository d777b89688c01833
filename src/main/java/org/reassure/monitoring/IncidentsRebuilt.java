package org.reassure.monitoring;

/**
 * The incidents were recomputed from every stored report; published in the rebuild's transaction. Views should
 * reload rather than follow {@link IncidentsChanged}, which a rebuild does not publish.
 */
public record IncidentsRebuilt(long reports, long incidents) {
}
