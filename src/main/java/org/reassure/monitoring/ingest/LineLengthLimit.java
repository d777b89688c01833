package org.reassure.monitoring.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Refuses a physical line longer than the limit before the CSV reader buffers it, and counts lines so a failure of
 * the decoder or of this limit can name the line it happened on.
 */
final class LineLengthLimit extends FilterReader {

    private final int maxLineLength;
    private int lineLength;
    private long line = 1;

    LineLengthLimit(Reader in, int maxLineLength) {
        super(in);
        this.maxLineLength = maxLineLength;
    }

    /** The line the reader has got to. */
    long line() {
        return line;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            count(buffer[offset + i]);
        }
        return n;
    }

    private void count(char c) throws LineTooLong {
        if (c == '\n') {
            line++;
            lineLength = 0;
        } else if (++lineLength > maxLineLength) {
            throw new LineTooLong("line longer than " + maxLineLength + " characters");
        }
    }

    /** The limit was passed; the message is the rejection reason. */
    static final class LineTooLong extends IOException {

        LineTooLong(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // an expected rejection of hostile input: no stack trace to pay for
        }
    }
}
