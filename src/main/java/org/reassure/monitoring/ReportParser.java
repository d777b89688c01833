package org.reassure.monitoring;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads reports from one input format. A bad part of the input becomes a {@link Rejection}; a parser throws nothing
 * for bad input. It does not close the stream, which belongs to the caller.
 */
public interface ReportParser {

    void parse(InputStream input, ReportSink sink);

    /** Parses the whole input and collects the outcome. */
    default ParseResult parse(InputStream input) {
        List<Report> accepted = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        parse(input, new ReportSink() {
            @Override
            public void accept(Report report) {
                accepted.add(report);
            }

            @Override
            public void reject(Rejection rejection) {
                rejections.add(rejection);
            }
        });
        return new ParseResult(accepted, rejections);
    }
}
