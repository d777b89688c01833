package org.reassure.coalition;

import java.util.List;

/**
 * A source with the claims that cite it.
 */
public record SourceUse(Source source, List<Claim> citingClaims, int citingMeetings) {
}
