package org.reassure.monitoring.ingest;

import java.io.InputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

import org.reassure.monitoring.InputUnit;
import org.reassure.monitoring.ObservationTimeRule;
import org.reassure.monitoring.Rejection;
import org.reassure.monitoring.ReportParser;
import org.reassure.monitoring.ReportSink;

/**
 * JSON reports: one object, or an array of objects (a batch), with the members sourceId, sourceType, eventUid,
 * observedAt (ISO-8601), lat, lon, accuracyM, category, confidence (numbers as JSON numbers), and the optional text
 * and attachmentSha256 (array of hex strings). Unknown members reject the item.
 *
 * <p>A bad item is rejected with its index and the batch goes on; broken JSON ends the batch (it cannot be
 * resynchronised), keeping the items before it.
 */
public final class JsonReportParser implements ReportParser {

    private final ObservationTimeRule timeRule;

    public JsonReportParser(ObservationTimeRule timeRule) {
        this.timeRule = timeRule;
    }

    @Override
    public void parse(InputStream input, ReportSink sink) {
        ReportDraft draft = new ReportDraft(timeRule);
        long index = 0;
        try (JsonParser parser = JsonReportFields.FACTORY.createParser(ObjectReadContext.empty(), input)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                readItem(parser, draft, sink, index);
            } else if (first == JsonToken.START_ARRAY) {
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY && token != null;
                        token = parser.nextToken()) {
                    readElement(parser, token, draft, sink, index);
                    index++;
                }
            } else {
                sink.reject(new Rejection(InputUnit.DOCUMENT, 0, "expected a report object or an array of report objects"));
                return;
            }
            if (parser.nextToken() != null) {
                sink.reject(new Rejection(InputUnit.DOCUMENT, 0, "unexpected content after the reports"));
            }
        } catch (JacksonException e) {
            sink.reject(new Rejection(InputUnit.ITEM, index, JsonReportFields.malformed(e)));
        }
    }

    private static void readElement(JsonParser parser, JsonToken token, ReportDraft draft, ReportSink sink, long index) {
        if (token == JsonToken.START_OBJECT) {
            readItem(parser, draft, sink, index);
        } else {
            parser.skipChildren();
            sink.reject(new Rejection(InputUnit.ITEM, index, "a report must be a JSON object"));
        }
    }

    private static void readItem(JsonParser parser, ReportDraft draft, ReportSink sink, long index) {
        draft.reset();
        JsonReportFields.readMembers(parser, draft, true);
        draft.deliver(sink, InputUnit.ITEM, index);
    }
}
