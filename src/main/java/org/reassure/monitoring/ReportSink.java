package org.reassure.monitoring;

/**
 * Receives a parser's output as it goes, so a long-lived stream (a TCP connection) delivers reports one by one.
 */
public interface ReportSink {

    void accept(Report report);

    void reject(Rejection rejection);
}
