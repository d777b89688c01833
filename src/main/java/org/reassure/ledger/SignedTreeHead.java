package org.reassure.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A tree head signed by the log key, with the witnesses' cosignatures. Hashes and keys are hex,
 * signatures base64.
 *
 * <p>The log signs the checkpoint text {@code "<origin>\n<treeSize>\n<base64 rootHash>\n<timestamp ms>\n"}
 * (the C2SP tlog-checkpoint layout with the timestamp as its one extension line); a witness signs
 * {@code "cosignature/v1\ntime <seconds>\n" + checkpoint} (C2SP tlog-cosignature).
 */
@JsonIgnoreProperties(value = "checkpoint", allowGetters = true)
public record SignedTreeHead(String origin, long treeSize, String rootHash, Instant timestamp, String keyId, String publicKey,
		String signature, List<Cosignature> cosignatures) {

	public SignedTreeHead {
		cosignatures = List.copyOf(cosignatures);
	}

	/** The signed text; a verifier checks the signature over it, then reads size and root from it. */
	@JsonProperty("checkpoint")
	public String checkpoint() {
		return checkpoint(origin, treeSize, HexFormat.of().parseHex(rootHash), timestamp.toEpochMilli());
	}

	public static String checkpoint(String origin, long treeSize, byte[] rootHash, long timestampMillis) {
		return origin + "\n" + treeSize + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n" + timestampMillis + "\n";
	}

	/** The bytes a witness signs to cosign this head at {@code timeSeconds}. */
	public byte[] cosignedMessage(long timeSeconds) {
		return cosignedMessage(checkpoint(), timeSeconds);
	}

	public static byte[] cosignedMessage(String checkpoint, long timeSeconds) {
		return ("cosignature/v1\ntime " + timeSeconds + "\n" + checkpoint).getBytes(StandardCharsets.UTF_8);
	}

	/** A witness's cosignature: the lead nation, its key, the time it signed (seconds) and the signature. */
	public record Cosignature(String witness, String keyId, String publicKey, long time, String signature) {
	}
}
