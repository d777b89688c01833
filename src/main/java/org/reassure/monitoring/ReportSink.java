package org.reassure.monitoring;

/**
 * Receives a parser's output as it goes, so a long-lived stream (a TCP connection) delivers reports one by one.
 */
public interface ReportSink {

    void accept(Report report);

    void reject(Rejection rejection);

    /**
     * A report with the place it was read from, for a sink that may still refuse it and must then say where (a
     * source sending a report in another source's name); by default the place is not needed.
     */
    default void accept(Report report, InputUnit unit, long index) {
        accept(report);
    }
}
