package org.reassure.ledger.internal;

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

	byte[] entryBytes(long seq, long timestamp, LedgerEntry entry) {
		ObjectNode node = statementNode(entry);
		node.put("seq", seq);
		node.put("timestamp", timestamp);
		DetachedSignature signature = entry.signature();
		if (signature == null) {
			node.putNull("signature");
		}
		else {
			node.putObject("signature").put("keyId", signature.keyId()).put("value", signature.base64());
		}
		return Jcs.canonicalize(node);
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
