package org.reassure.monitoring.ingest;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.UncheckedStreamException;
import com.fasterxml.aalto.stax.InputFactoryImpl;

import org.reassure.monitoring.InputUnit;
import org.reassure.monitoring.ObservationTimeRule;
import org.reassure.monitoring.Rejection;
import org.reassure.monitoring.ReportParser;
import org.reassure.monitoring.ReportSink;

/**
 * Streaming Cursor-on-Target parser: reads {@code <event>} elements sent back to back on one stream (a TCP
 * connection), each possibly with its own XML declaration, and delivers each as soon as it ends.
 *
 * <p><b>Mapping.</b> {@code event@uid} is the event uid; {@code detail/contact@callsign} the source id;
 * {@code event@start} (or {@code event@time} without it) the observation time; {@code point@lat}, {@code point@lon}
 * the position and {@code point@ce} (circular error, metres) its accuracy; {@code detail/remarks} the text. The
 * extension {@code <detail><reassure category=".." sourceType=".." confidence=".." accuracy=".."
 * attachmentSha256="hex;hex"/></detail>} overrides or completes them. Without it: the category comes from
 * {@code event@type} ({@link CotTypes}); the source type is OBSERVER for human-entered events ({@code how="h-..."})
 * and otherwise required; confidence is 0.5 (CoT has none); a {@code ce} of 9999999 (CoT for "unknown") needs the
 * extension's accuracy. Other elements of {@code detail} are ignored, as CoT intends. TAK keep-alive pings (type
 * {@code t-x-c-t...}) are neither reports nor rejections: they are skipped.
 *
 * <p><b>Security.</b> Aalto StAX (UTF-8; faster than the JDK's) without DTD support, external entities or entity
 * replacement; any DOCTYPE is refused before the reader sees it ({@link CotFraming}), so billion-laughs and
 * XXE documents are rejected, not expanded, and an entity reference other than the five predefined ones rejects its
 * event. Bounds: {@value #MAX_EVENT_BYTES} bytes per event, {@value #MAX_DEPTH} levels of elements in an event,
 * {@value #MAX_ATTRIBUTE_LENGTH} characters per attribute; and, ending the stream, {@value CotFraming#MAX_ATTRIBUTES}
 * attributes per element and {@value CotFraming#MAX_DEPTH} levels of elements.
 *
 * <p><b>Errors.</b> A field error, an over-deep or over-long part, or an element other than {@code <event>} rejects
 * that event and the stream goes on. A well-formedness error, an oversized event or a DOCTYPE ends the stream: XML
 * cannot be resynchronised after it, so the caller should close the connection. Reports before it are kept.
 */
public final class CotParser implements ReportParser {

    public static final int MAX_EVENT_BYTES = 64 * 1024;
    public static final int MAX_DEPTH = 8;
    public static final int MAX_ATTRIBUTE_LENGTH = 1024;

    /** A factory per thread: building one costs more than parsing a short document, and it is only used by its thread. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(CotParser::secureFactory);

    private final ObservationTimeRule timeRule;

    public CotParser(ObservationTimeRule timeRule) {
        this.timeRule = timeRule;
    }

    @Override
    public void parse(InputStream input, ReportSink sink) {
        CotStream stream = new CotStream(sink, new CotEvent(new ReportDraft(timeRule)));
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.get().createXMLStreamReader(new CotFraming(input, MAX_EVENT_BYTES), "UTF-8");
            stream.readAll(xml);
        } catch (XMLStreamException e) {
            sink.reject(new Rejection(InputUnit.EVENT, stream.failedEventIndex(), describe(e)));
        } catch (UncheckedStreamException e) {
            // Aalto reads text lazily and reports its errors from the accessors, unchecked
            sink.reject(new Rejection(InputUnit.EVENT, stream.failedEventIndex(),
                    e.getCause() instanceof XMLStreamException cause ? describe(cause) : "unreadable XML"));
        } catch (RuntimeException e) {
            sink.reject(new Rejection(InputUnit.EVENT, stream.failedEventIndex(), "unreadable XML (" + e.getClass().getSimpleName() + ")"));
        } finally {
            closeQuietly(xml);
        }
    }

    /**
     * A new factory, not to be shared between threads. Aalto reads no DTD and resolves no external entity whatever
     * the settings; they are set anyway, so that a change of parser cannot quietly turn them on.
     */
    static XMLInputFactory secureFactory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    private static String describe(XMLStreamException e) {
        for (Throwable cause = e; cause != null; cause = next(cause)) {
            if (cause instanceof CotFraming.CotFramingException framing) {
                return framing.getMessage();
            }
        }
        String message = String.valueOf(e.getMessage());
        int start = message.indexOf("Message: ");
        String detail = start >= 0 ? message.substring(start + "Message: ".length()) : message;
        // no column: the framing adds a root tag and drops declarations, which shifts columns but not lines
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
        return "malformed XML" + where + ": " + ReportDraft.printable(detail.strip());
    }

    private static Throwable next(Throwable t) {
        if (t instanceof XMLStreamException xml && xml.getNestedException() != null && xml.getNestedException() != t) {
            return xml.getNestedException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static void closeQuietly(XMLStreamReader xml) {
        if (xml == null) {
            return;
        }
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the input stream belongs to the caller; nothing of ours is left open
        }
    }

    /** The state of one stream being read: where in the document the reader is, and the event being built. */
    private static final class CotStream {

        private static final int EVENT_DEPTH = 2;

        private final ReportSink sink;
        private final CotEvent event;
        private final String[] path = new String[MAX_DEPTH + EVENT_DEPTH];
        private int depth;
        private long eventIndex = -1;
        private boolean strayTextReported;

        CotStream(ReportSink sink, CotEvent event) {
            this.sink = sink;
            this.event = event;
        }

        void readAll(XMLStreamReader xml) throws XMLStreamException {
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> started(xml);
                    case XMLStreamConstants.END_ELEMENT -> ended();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text(xml);
                    case XMLStreamConstants.ENTITY_REFERENCE -> entityReference(xml);
                    case XMLStreamConstants.DTD -> throw new XMLStreamException("DOCTYPE is not allowed");
                    default -> {
                        // comments and processing instructions carry nothing
                    }
                }
            }
        }

        /** The event the reader was in (or about to start) when the stream broke. */
        long failedEventIndex() {
            return depth >= EVENT_DEPTH ? eventIndex : eventIndex + 1;
        }

        private void started(XMLStreamReader xml) {
            depth++;
            if (depth >= path.length) {
                event.reject("event: elements nested deeper than " + MAX_DEPTH + " levels");
                return;
            }
            path[depth] = xml.getLocalName();
            if (depth == EVENT_DEPTH) {
                eventIndex++;
                strayTextReported = false;
                event.begin(path[depth]);
            }
            if (depth >= EVENT_DEPTH && boundedAttributes(xml)) {
                event.element(depth - EVENT_DEPTH, path[EVENT_DEPTH + 1], xml);
            }
        }

        private boolean boundedAttributes(XMLStreamReader xml) {
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                if (xml.getAttributeValue(i).length() > MAX_ATTRIBUTE_LENGTH) {
                    event.reject(xml.getLocalName() + "@" + xml.getAttributeLocalName(i) + ": longer than "
                            + MAX_ATTRIBUTE_LENGTH + " characters");
                    return false;
                }
            }
            return true;
        }

        private void ended() {
            if (depth == EVENT_DEPTH) {
                event.finish(sink, eventIndex);
            }
            depth--;
        }

        private void text(XMLStreamReader xml) {
            if (depth > EVENT_DEPTH && depth < path.length) {
                event.text(depth - EVENT_DEPTH, path[EVENT_DEPTH + 1], path[depth], xml);
            } else if (depth < EVENT_DEPTH && !xml.isWhiteSpace() && !strayTextReported) {
                strayTextReported = true;
                sink.reject(new Rejection(InputUnit.EVENT, eventIndex + 1, "text between events is not allowed"));
            }
        }

        private void entityReference(XMLStreamReader xml) {
            String reason = "entity reference &" + ReportDraft.printable(xml.getLocalName()) + "; is not allowed";
            if (depth >= EVENT_DEPTH) {
                event.reject(reason);
            } else {
                sink.reject(new Rejection(InputUnit.EVENT, eventIndex + 1, reason));
            }
        }
    }
}
