package org.reassure.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.reassure.ledger.DetachedSignature;
import org.reassure.ledger.LedgerEntry;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The canonical encodings of the log, both RFC 8785 JSON:
 * <ul>
 * <li>the statement a nation signs: {@code {action, actor: {nation, user}, evidenceSha256, payload}};</li>
 * <li>the entry hashed into the tree: the statement plus {@code seq}, {@code timestamp} (epoch
 * milliseconds) and {@code signature} ({@code {keyId, value}} with the base64 Ed25519 signature over
 * the statement, or null).</li>
 * </ul>
 * Absent values are written as JSON null, so every entry has the same seven members.
 */
@Component
class EntryCodec {

	private final JsonMapper json;

	EntryCodec(JsonMapper json) {
		this.json = json;
	}

	byte[] statement(LedgerEntry entry) {
		return Jcs.canonicalize(statementNode(entry));
	}

	/**
	 * The entry's canonical bytes from its canonical statement. Every member of the statement sorts
	 * before {@code seq}, {@code signature} and {@code timestamp}, so the entry is the statement with
	 * those three appended: the costly part, the payload, is canonicalised once, outside the log's lock.
	 */
	byte[] entryBytes(byte[] statement, long seq, long timestamp, DetachedSignature signature) {
		StringBuilder tail = new StringBuilder(160).append(",\"seq\":").append(seq).append(",\"signature\":");
		if (signature == null) {
			tail.append("null");
		}
		else {
			tail.append("{\"keyId\":\"").append(signature.keyId()).append("\",\"value\":\"").append(signature.base64()).append("\"}");
		}
		byte[] end = tail.append(",\"timestamp\":").append(timestamp).append('}').toString().getBytes(StandardCharsets.US_ASCII);
		byte[] bytes = Arrays.copyOf(statement, statement.length - 1 + end.length);
		System.arraycopy(end, 0, bytes, statement.length - 1, end.length);
		return bytes;
	}

	JsonNode read(byte[] entryBytes) {
		return json.readTree(entryBytes);
	}

	private ObjectNode statementNode(LedgerEntry entry) {
		ObjectNode node = json.createObjectNode();
		node.put("action", entry.action());
		ObjectNode actor = node.putObject("actor");
		if (entry.actor().nation() == null) {
			actor.putNull("nation");
		}
		else {
			actor.put("nation", entry.actor().nation().value());
		}
		actor.put("user", entry.actor().user());
		if (entry.evidenceSha256() == null) {
			node.putNull("evidenceSha256");
		}
		else {
			node.put("evidenceSha256", entry.evidenceSha256());
		}
		node.set("payload", json.valueToTree(entry.payload()));
		return node;
	}
}
