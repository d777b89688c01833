package org.reassure.governance;

import java.util.Map;

import org.reassure.coalition.Citation;

/** Published when a new version of the weight table is loaded. */
public record WeightTableLoaded(int version, WeightBasis basis, String title, Citation source, Map<String, Long> weights) {
}
