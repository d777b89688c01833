package org.reassure.monitoring.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Turns a Cursor-on-Target stream (events back to back, each possibly with its own XML declaration, no root element)
 * into one well-formed document for a single StAX reader, and enforces the byte bound of an event.
 *
 * <p>It wraps the stream in a root element, drops processing instructions (the declarations) between events, refuses
 * any DOCTYPE or markup declaration, counts the bytes since the end of the previous event, and bounds attributes per
 * element and element depth (the limits the JDK's parser had, which Aalto lacks). It tracks just enough
 * XML lexing (tags, quoted attributes, comments, CDATA) to know where an event ends; well-formedness is the StAX
 * reader's job. Bytes past a violation are never handed out, so the reader delivers every event before it.
 */
final class CotFraming extends InputStream {

    static final String ROOT = "cot-stream";
    /** Attributes in one element: CoT elements carry a dozen at most. */
    static final int MAX_ATTRIBUTES = 64;
    /** Element depth: a backstop far beyond what {@link CotParser} rejects an event for, which ends the stream. */
    static final int MAX_DEPTH = 4 * CotParser.MAX_DEPTH;

    private static final byte[] OPEN = ("<" + ROOT + ">").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = ("</" + ROOT + ">").getBytes(StandardCharsets.US_ASCII);

    private enum State { TEXT, TAG_OPEN, START_TAG, QUOTED, END_TAG, BANG, COMMENT_OPEN, COMMENT, CDATA, INSTRUCTION }

    private final InputStream source;
    private final int maxEventBytes;
    private final byte[] buffer = new byte[8192];
    private final byte[] single = new byte[1];
    private int position;
    private int limit;
    private int openWritten;
    private int closeWritten = -1;
    private CotFramingException failure;

    private State state = State.TEXT;
    private int depth;
    private int eventBytes;
    private boolean heldOpenBracket;
    private boolean dropping;
    private boolean slash;
    private boolean question;
    private int closers;
    private int attributes;
    private byte quote;

    CotFraming(InputStream source, int maxEventBytes) {
        this.source = source;
        this.maxEventBytes = maxEventBytes;
    }

    @Override
    public int read() throws IOException {
        return read(single, 0, 1) < 0 ? -1 : single[0] & 0xff;
    }

    @Override
    public int read(byte[] out, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (openWritten < OPEN.length) {
            int n = Math.min(length, OPEN.length - openWritten);
            System.arraycopy(OPEN, openWritten, out, offset, n);
            openWritten += n;
            return n;
        }
        if (closeWritten >= 0) {
            return writeClose(out, offset, length);
        }
        int written = 0;
        while (written < length && failure == null) {
            if (position == limit) {
                if (written > 0) {
                    break;
                }
                if (!fill()) {
                    return releaseHeldBracket(out, offset, length);
                }
            }
            if (dropping && skipDropped()) {
                continue;
            }
            int run = plainRun(out, offset + written, length - written);
            written += run > 0 ? run : step(out, offset + written);
        }
        if (written == 0 && failure != null) {
            throw failure;
        }
        return written;
    }

    /** At the end of the source: a '&lt;' held back is still owed to the reader, then the closing root tag. */
    private int releaseHeldBracket(byte[] out, int offset, int length) {
        if (heldOpenBracket) {
            heldOpenBracket = false;
            out[offset] = '<';
            return 1;
        }
        closeWritten = 0;
        return writeClose(out, offset, length);
    }

    /** Reads more of the source; false at its end. */
    private boolean fill() throws IOException {
        int n = source.read(buffer, 0, buffer.length);
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    /**
     * Copies the bytes from {@code position} that leave the lexer where it was (element text, the inside of a start
     * tag with its whole attribute values, the rest of a value an earlier read cut, the inside of a closing tag) in
     * one go, within the event's byte bound; returns how many it copied. {@link #step} takes the byte that ends the
     * run.
     */
    private int plainRun(byte[] out, int at, int room) {
        if (heldOpenBracket || dropping) {
            return 0;
        }
        int end = position + Math.min(Math.min(room, limit - position), maxEventBytes - eventBytes);
        int i = position;
        switch (state) {
            case QUOTED -> i = indexOf(quote, i, end);
            case TEXT -> i = depth > 0 ? indexOf((byte) '<', i, end) : i;
            case END_TAG -> i = indexOf((byte) '>', i, end);
            case START_TAG -> {
                i = startTagRun(i, end);
                if (i > position) {
                    slash = buffer[i - 1] == '/';
                }
            }
            default -> {
                // declarations, comments and CDATA within events are short or rare: byte by byte
            }
        }
        int n = i - position;
        System.arraycopy(buffer, position, out, at, n);
        position = i;
        eventBytes += n;
        return n;
    }

    /**
     * The end of the run inside a start tag from {@code i}: up to its '&gt;', taking in each attribute value whose
     * closing quote is within {@code end} (counted against the bound on attributes); a value that is not, or one
     * attribute too many, is left to {@link #step}.
     */
    private int startTagRun(int i, int end) {
        while (i < end && buffer[i] != '>') {
            byte b = buffer[i];
            if (b == '"' || b == '\'') {
                int close = indexOf(b, i + 1, end);
                if (close == end || attributes == MAX_ATTRIBUTES) {
                    return i;
                }
                attributes++;
                i = close;
            }
            i++;
        }
        return i;
    }

    /** Where {@code b} first is in the buffer from {@code i}, or {@code end} if it is not before. */
    private int indexOf(byte b, int i, int end) {
        while (i < end && buffer[i] != b) {
            i++;
        }
        return i;
    }

    /**
     * Passes over the bytes of a dropped processing instruction (the declaration every event starts with) that cannot
     * end it, within the event's byte bound; true when it reached the end of the buffer, so no byte waits for
     * {@link #step}.
     */
    private boolean skipDropped() {
        int end = position + Math.min(limit - position, maxEventBytes - eventBytes);
        int i = position;
        while (i < end && buffer[i] != '?' && buffer[i] != '>') {
            i++;
        }
        if (i > position) {
            question = false;
            eventBytes += i - position;
            position = i;
        }
        return position == limit;
    }

    /** Handles the byte at {@code position}; returns how many bytes it wrote to {@code out} (0 or 1). */
    private int step(byte[] out, int at) {
        byte b = buffer[position];
        if (heldOpenBracket && b != '?') {
            heldOpenBracket = false;
            out[at] = '<';
            state = State.TAG_OPEN;
            return 1;
        }
        if (++eventBytes > maxEventBytes) {
            failure = new CotFramingException("event larger than " + maxEventBytes + " bytes");
            return 0;
        }
        position++;
        if (heldOpenBracket) {
            heldOpenBracket = false;
            dropping = true;
            question = false;
            state = State.INSTRUCTION;
            return 0;
        }
        boolean drop = dropping;
        if (advance(b) && !drop && failure == null) {
            out[at] = b;
            return 1;
        }
        return 0;
    }

    /** Moves the lexer on by one byte; false when the byte must not be written (a held or dropped byte). */
    private boolean advance(byte b) {
        switch (state) {
            case TEXT -> {
                if (b == '<') {
                    if (depth == 0) {
                        heldOpenBracket = true;
                        return false;
                    }
                    state = State.TAG_OPEN;
                }
            }
            case TAG_OPEN -> tagOpened(b);
            case START_TAG -> startTag(b);
            case QUOTED -> state = b == quote ? State.START_TAG : State.QUOTED;
            case END_TAG -> {
                if (b == '>') {
                    depth = Math.max(0, depth - 1);
                    elementClosed();
                }
            }
            case BANG -> bang(b);
            case COMMENT_OPEN -> {
                state = State.COMMENT;
                closers = 0;
            }
            case COMMENT -> closeOn(b, '-');
            case CDATA -> closeOn(b, ']');
            case INSTRUCTION -> instruction(b);
        }
        return true;
    }

    private void tagOpened(byte b) {
        question = false;
        slash = false;
        attributes = 0;
        state = switch (b) {
            case '/' -> State.END_TAG;
            case '!' -> State.BANG;
            case '?' -> State.INSTRUCTION;
            default -> State.START_TAG;
        };
    }

    private void startTag(byte b) {
        if (b == '"' || b == '\'') {
            quote = b;
            state = State.QUOTED;
            if (++attributes > MAX_ATTRIBUTES) {
                failure = new CotFramingException("an element with more than " + MAX_ATTRIBUTES + " attributes");
            }
        } else if (b == '>') {
            if (slash) {
                elementClosed();
            } else if (++depth > MAX_DEPTH) {
                failure = new CotFramingException("elements nested deeper than " + MAX_DEPTH + " levels");
            } else {
                state = State.TEXT;
            }
        }
        slash = b == '/';
    }

    private void bang(byte b) {
        if (b == '-') {
            state = State.COMMENT_OPEN;
        } else if (b == '[') {
            state = State.CDATA;
            closers = 0;
        } else {
            failure = new CotFramingException("DOCTYPE and other markup declarations are not allowed (no DTD, no entities)");
        }
    }

    /** Ends a comment on "--&gt;" or a CDATA section on "]]&gt;". */
    private void closeOn(byte b, char closer) {
        if (b == closer) {
            closers++;
        } else {
            if (b == '>' && closers >= 2) {
                state = State.TEXT;
            }
            closers = 0;
        }
    }

    private void instruction(byte b) {
        if (b == '>' && question) {
            state = State.TEXT;
            dropping = false;
        }
        question = b == '?';
    }

    private void elementClosed() {
        state = State.TEXT;
        if (depth == 0) {
            eventBytes = 0;
        }
    }

    private int writeClose(byte[] out, int offset, int length) {
        if (closeWritten == CLOSE.length) {
            return -1;
        }
        int n = Math.min(length, CLOSE.length - closeWritten);
        System.arraycopy(CLOSE, closeWritten, out, offset, n);
        closeWritten += n;
        return n;
    }

    /** The stream broke a framing rule; the message is the rejection reason. */
    static final class CotFramingException extends IOException {

        CotFramingException(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // an expected rejection of hostile input: no stack trace to pay for
        }
    }
}
