package org.reassure.monitoring;

import java.util.List;

/**
 * What a parser made of one input: the good reports, and the bad parts with their reasons.
 */
public record ParseResult(List<Report> accepted, List<Rejection> rejections) {

    public ParseResult {
        accepted = List.copyOf(accepted);
        rejections = List.copyOf(rejections);
    }
}
