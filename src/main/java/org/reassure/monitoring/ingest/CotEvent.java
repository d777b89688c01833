package org.reassure.monitoring.ingest;

import javax.xml.stream.XMLStreamReader;

import org.reassure.monitoring.Category;
import org.reassure.monitoring.InputUnit;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.ReportSink;
import org.reassure.monitoring.SourceType;

/**
 * One Cursor-on-Target event being read: its attributes and children mapped onto a {@link ReportDraft}, and the CoT
 * fall-backs applied when it ends (see {@link CotParser} for the mapping).
 */
final class CotEvent {

    private static final String UNKNOWN_CIRCULAR_ERROR = "9999999";
    /** TAK clients keep their connection alive with ping events ({@code t-x-c-t}) and answer them ({@code t-x-c-t-r}). */
    private static final String PING_TYPE = "t-x-c-t";
    private static final double DEFAULT_CONFIDENCE = 0.5;

    private final ReportDraft draft;
    private final StringBuilder remarks = new StringBuilder();
    private boolean remarksGiven;
    private String type;
    private String time;
    private String start;
    private String how;
    private String circularError;

    CotEvent(ReportDraft draft) {
        this.draft = draft;
    }

    void begin(String elementName) {
        draft.reset();
        remarks.setLength(0);
        remarksGiven = false;
        type = time = start = how = circularError = null;
        if (!"event".equals(elementName)) {
            draft.reject("expected <event>, found <" + ReportDraft.printable(elementName) + ">");
        }
    }

    void reject(String reason) {
        draft.reject(reason);
    }

    /** An element at {@code level} below the event (0 is the event itself), {@code child} the event's child on its path. */
    void element(int level, String child, XMLStreamReader xml) {
        if (level == 0) {
            eventAttributes(xml);
        } else if (level == 1 && "point".equals(child)) {
            pointAttributes(xml);
        } else if (level == 2 && "detail".equals(child)) {
            detailChild(xml);
        }
    }

    void text(int level, String child, String element, XMLStreamReader xml) {
        if (level == 2 && "detail".equals(child) && "remarks".equals(element)
                && remarks.length() <= Report.MAX_TEXT_LENGTH) {
            remarks.append(xml.getTextCharacters(), xml.getTextStart(),
                    Math.min(xml.getTextLength(), Report.MAX_TEXT_LENGTH + 1 - remarks.length()));
        }
    }

    void finish(ReportSink sink, long index) {
        if (type != null && type.startsWith(PING_TYPE)) {
            return;
        }
        applyFallbacks();
        draft.deliver(sink, InputUnit.EVENT, index);
    }

    private void eventAttributes(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String value = xml.getAttributeValue(i);
            switch (xml.getAttributeLocalName(i)) {
                case "uid" -> draft.text(ReportField.EVENT_UID, value);
                case "type" -> type = value;
                case "time" -> time = value;
                case "start" -> start = value;
                case "how" -> how = value;
                default -> {
                    // version, stale, access, qos, opex: not part of a report
                }
            }
        }
    }

    private void pointAttributes(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String value = xml.getAttributeValue(i);
            switch (xml.getAttributeLocalName(i)) {
                case "lat" -> draft.text(ReportField.LAT, value);
                case "lon" -> draft.text(ReportField.LON, value);
                case "ce" -> circularError = value;
                default -> {
                    // hae, le: heights are not part of a report
                }
            }
        }
    }

    private void detailChild(XMLStreamReader xml) {
        switch (xml.getLocalName()) {
            case "contact" -> callsign(xml);
            case "remarks" -> remarksGiven = true;
            case "reassure" -> extension(xml);
            default -> {
                // other detail elements are other systems' extensions
            }
        }
    }

    private void callsign(XMLStreamReader xml) {
        String callsign = xml.getAttributeValue(null, "callsign");
        if (callsign != null) {
            draft.text(ReportField.SOURCE_ID, callsign);
        }
    }

    private void extension(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String name = xml.getAttributeLocalName(i);
            String value = xml.getAttributeValue(i);
            switch (name) {
                case "category" -> draft.text(ReportField.CATEGORY, value);
                case "sourceType" -> draft.text(ReportField.SOURCE_TYPE, value);
                case "confidence" -> draft.text(ReportField.CONFIDENCE, value);
                case "accuracy" -> draft.text(ReportField.ACCURACY_M, value);
                case "attachmentSha256" -> draft.text(ReportField.ATTACHMENT_SHA256, value);
                default -> draft.reject("detail/reassure@" + ReportDraft.printable(name) + ": unknown attribute");
            }
        }
    }

    private void applyFallbacks() {
        require(ReportField.EVENT_UID, "event@uid: required");
        require(ReportField.SOURCE_ID, "detail/contact@callsign: required (it names the source)");
        require(ReportField.LAT, "point@lat: required");
        require(ReportField.LON, "point@lon: required");
        String observed = start != null ? start : time;
        if (observed == null) {
            draft.reject("event@start or event@time: required");
        } else {
            draft.text(ReportField.OBSERVED_AT, observed);
        }
        if (!draft.has(ReportField.CATEGORY)) {
            draft.text(ReportField.CATEGORY, type == null ? Category.OTHER.name() : CotTypes.categoryOf(type).name());
        }
        if (!draft.has(ReportField.SOURCE_TYPE)) {
            sourceTypeFromHow();
        }
        if (!draft.has(ReportField.CONFIDENCE)) {
            draft.number(ReportField.CONFIDENCE, DEFAULT_CONFIDENCE);
        }
        if (!draft.has(ReportField.ACCURACY_M)) {
            accuracyFromCircularError();
        }
        if (remarksGiven) {
            draft.text(ReportField.TEXT, remarks.toString());
        }
    }

    private void require(ReportField field, String reason) {
        if (!draft.has(field)) {
            draft.reject(reason);
        }
    }

    private void sourceTypeFromHow() {
        if (how != null && how.startsWith("h")) {
            draft.text(ReportField.SOURCE_TYPE, SourceType.OBSERVER.name());
        } else {
            draft.reject("detail/reassure@sourceType: required unless event@how is human-entered (h-...)");
        }
    }

    private void accuracyFromCircularError() {
        if (circularError == null) {
            draft.reject("point@ce or detail/reassure@accuracy: required");
        } else if (circularError.strip().startsWith(UNKNOWN_CIRCULAR_ERROR)) {
            draft.reject("point@ce: 9999999 means unknown; give detail/reassure@accuracy");
        } else {
            draft.text(ReportField.ACCURACY_M, circularError);
        }
    }
}
