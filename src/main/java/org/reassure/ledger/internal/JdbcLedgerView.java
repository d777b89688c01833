package org.reassure.ledger.internal;

import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.reassure.ledger.EntryFilter;
import org.reassure.ledger.LeafInclusion;
import org.reassure.ledger.LedgerView;
import org.reassure.ledger.RecordedEntry;
import org.reassure.ledger.SignedTreeHead;
import org.reassure.ledger.TreeConsistency;
import org.reassure.ledger.merkle.ConsistencyProof;
import org.reassure.ledger.merkle.InclusionProof;
import org.reassure.ledger.merkle.MerkleLog;
import org.reassure.ledger.merkle.NodeStore;
import org.reassure.shared.NotFound;
import org.reassure.shared.RuleViolation;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Reads the log: entries, signed tree heads and proofs, from the committed tree.
 */
@Component
class JdbcLedgerView implements LedgerView {

	private static final HexFormat HEX = HexFormat.of();

	private final LedgerEntries entries;
	private final LeafIndex leaves;
	private final TreeCache cache;
	private final TreeHeads heads;
	private final Keys keys;
	private final TreeHeadSigner signer;
	private final EntryCodec codec;

	JdbcLedgerView(LedgerEntries entries, LeafIndex leaves, TreeCache cache, TreeHeads heads, Keys keys, TreeHeadSigner signer, EntryCodec codec) {
		this.entries = entries;
		this.leaves = leaves;
		this.cache = cache;
		this.heads = heads;
		this.keys = keys;
		this.signer = signer;
		this.codec = codec;
	}

	@Override
	public long size() {
		return entries.size();
	}

	@Override
	public List<RecordedEntry> entries(EntryFilter filter) {
		return entries.list(new LedgerEntries.Query(filter.from(), filter.to(), filter.module(), filter.nation(), filter.action(),
				filter.since() == null ? null : filter.since().toEpochMilli(), filter.until() == null ? null : filter.until().toEpochMilli(),
				filter.limit(), filter.from() == null)).stream().map(this::view).toList();
	}

	@Override
	public Optional<RecordedEntry> entry(long seq) {
		return entries.find(seq).map(this::view);
	}

	@Override
	public Optional<SignedTreeHead> latestTreeHead() {
		return heads.latest().map(this::view);
	}

	@Override
	public Optional<SignedTreeHead> treeHead(long treeSize) {
		return heads.find(treeSize).map(this::view);
	}

	@Override
	public SignedTreeHead signTreeHead() {
		return view(signer.signNow());
	}

	@Override
	public LeafInclusion inclusionProof(String leafHash, long treeSize) {
		byte[] hash = hash("leafHash", leafHash);
		NodeStore tree = tree("treeSize", treeSize);
		long seq = leaves.find(hash).orElseThrow(() -> new NotFound("leaf", leafHash));
		if (seq >= treeSize) {
			throw new RuleViolation("treeSize", "covers-leaf", "the leaf is entry " + seq + ", which the tree of " + treeSize + " entries does not hold yet");
		}
		MerkleLog log = new MerkleLog(tree);
		InclusionProof proof = log.inclusionProof(seq, treeSize);
		return new LeafInclusion(seq, treeSize, HEX.formatHex(hash), hex(proof.path()), HEX.formatHex(log.rootHash(treeSize)));
	}

	@Override
	public TreeConsistency consistencyProof(long firstSize, long secondSize) {
		if (firstSize < 0) {
			throw new RuleViolation("first", "range", "first is a tree size, >= 0");
		}
		if (firstSize > secondSize) {
			throw new RuleViolation("first", "range", "first (" + firstSize + ") must not exceed second (" + secondSize + ")");
		}
		MerkleLog log = new MerkleLog(tree("second", secondSize));
		ConsistencyProof proof = log.consistencyProof(firstSize, secondSize);
		return new TreeConsistency(firstSize, secondSize, HEX.formatHex(log.rootHash(firstSize)), HEX.formatHex(log.rootHash(secondSize)),
				hex(proof.path()));
	}

	/** The committed tree, holding at least {@code treeSize} leaves; refuses a size beyond the log. */
	private NodeStore tree(String field, long treeSize) {
		if (treeSize < 0) {
			throw new RuleViolation(field, "range", field + " is a tree size, >= 0");
		}
		NodeStore tree = cache.cached();
		if (tree.size() < treeSize) {
			tree = cache.committed();
		}
		if (tree.size() < treeSize) {
			throw new RuleViolation(field, "within-log", field + " " + treeSize + " exceeds the log size " + tree.size());
		}
		return tree;
	}

	private static byte[] hash(String field, String hex) {
		if (hex == null || !hex.matches("[0-9a-fA-F]{64}")) {
			throw new RuleViolation(field, "sha256-hex", field + " must be 64 hexadecimal characters (a SHA-256 hash)");
		}
		return HEX.parseHex(hex.toLowerCase());
	}

	private static List<String> hex(List<byte[]> path) {
		return path.stream().map(HEX::formatHex).toList();
	}

	RecordedEntry view(LedgerEntries.Stored stored) {
		JsonNode entry = codec.read(stored.entryBytes());
		return new RecordedEntry(stored.seq(), Instant.ofEpochMilli(stored.recordedAt()), entry.path("actor").path("user").asString(), stored.actorNation(),
				stored.action(), entry.path("payload"), text(entry.path("evidenceSha256")), text(entry.path("signature").path("keyId")),
				HEX.formatHex(stored.leafHash()), Base64.getEncoder().encodeToString(stored.entryBytes()));
	}

	private static String text(JsonNode node) {
		return node.isString() ? node.stringValue() : null;
	}

	SignedTreeHead view(TreeHeads.Stored head) {
		Map<String, Keys.Stored> byId = keys.all().stream().collect(Collectors.toMap(Keys.Stored::keyId, Function.identity()));
		List<SignedTreeHead.Cosignature> cosignatures = heads.cosignatures(head.treeSize())
			.stream()
			.map(c -> new SignedTreeHead.Cosignature(c.witness(), c.keyId(), base64(byId.get(c.keyId()).publicKey()), c.cosignedAt(),
					base64(c.signature())))
			.toList();
		return new SignedTreeHead(signer.origin(), head.treeSize(), HEX.formatHex(head.rootHash()), Instant.ofEpochMilli(head.signedAt()),
				head.keyId(), base64(byId.get(head.keyId()).publicKey()), base64(head.signature()), cosignatures);
	}

	private static String base64(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}
}
