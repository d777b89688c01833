package org.reassure.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.reassure.ledger.LedgerAudit;
import org.reassure.ledger.SignedTreeHead;
import org.reassure.ledger.merkle.ConsistencyProof;
import org.reassure.ledger.merkle.InMemoryNodeStore;
import org.reassure.ledger.merkle.MerkleHash;
import org.reassure.ledger.merkle.MerkleLog;
import org.reassure.ledger.merkle.ProofVerifier;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Recomputes the tree from the stored entry bytes alone and checks everything stored against it:
 * sequence numbers, leaf hashes, the fields repeated in columns, that the bytes are canonical,
 * entry signatures, tiles, the head, signed tree heads and cosignatures. Entries are checked in
 * parallel chunks; the tree (64 bytes a leaf in memory) is built as they stream by.
 */
@Component
class LogVerifier implements LedgerAudit {

	private static final int CHUNK = 8192;
	private static final HexFormat HEX = HexFormat.of();
	private static final ThreadLocal<MerkleHash> HASH = ThreadLocal.withInitial(MerkleHash::new);

	private final LedgerEntries entries;
	private final Tiles tiles;
	private final TreeHeads heads;
	private final Keys keys;
	private final EntryCodec codec;
	private final TreeCache cache;
	private final TreeHeadSigner signer;

	LogVerifier(LedgerEntries entries, Tiles tiles, TreeHeads heads, Keys keys, EntryCodec codec, TreeCache cache, TreeHeadSigner signer) {
		this.entries = entries;
		this.tiles = tiles;
		this.heads = heads;
		this.keys = keys;
		this.codec = codec;
		this.cache = cache;
		this.signer = signer;
	}

	@Override
	public Verification verify() {
		long start = System.nanoTime();
		Run run = new Run(keys.all().stream().collect(Collectors.toMap(Keys.Stored::keyId, Function.identity())));
		long headSize = entries.size();
		List<LedgerEntries.Stored> chunk = new ArrayList<>(CHUNK);
		entries.forEach(entry -> {
			chunk.add(entry);
			if (chunk.size() == CHUNK) {
				run.check(chunk);
				chunk.clear();
			}
		});
		run.check(chunk);
		long count = run.log.size();
		if (count != headSize) {
			run.problem(Math.min(count, headSize), count < headSize ? "the head says " + headSize + " entries but only " + count + " are stored: entries "
					+ count + " and after are missing" : "entries from " + headSize + " on are beyond the head (" + headSize + "): inserted");
		}
		run.checkTiles();
		run.checkTreeHeads();
		long millis = (System.nanoTime() - start) / 1_000_000;
		return new Verification(run.firstBad < 0, count, run.firstBad, run.problem, run.treeHeads, run.signatures, millis);
	}

	@Override
	public Audit audit(SignedTreeHead saved) {
		byte[] savedRoot = HEX.parseHex(saved.rootHash());
		byte[] savedKey = Base64.getDecoder().decode(saved.publicKey());
		Keys.Stored key = keys.find(saved.keyId()).orElse(null);
		var tree = cache.committed();
		long size = tree.size();
		MerkleLog log = new MerkleLog(tree);
		String currentRoot = HEX.formatHex(log.rootHash(size));
		if (key == null || !Keys.LOG.equals(key.owner()) || !Arrays.equals(key.publicKey(), savedKey)) {
			return new Audit(false, saved.treeSize(), size, currentRoot, "the saved head names key " + saved.keyId() + ", which is not a log key of this ledger");
		}
		if (!Ed25519.verify(savedKey, saved.checkpoint().getBytes(StandardCharsets.UTF_8), Base64.getDecoder().decode(saved.signature()))) {
			return new Audit(false, saved.treeSize(), size, currentRoot, "the saved head's signature does not verify");
		}
		if (saved.treeSize() > size) {
			return new Audit(false, saved.treeSize(), size, currentRoot,
					"the log holds " + size + " entries, fewer than the " + saved.treeSize() + " of the saved head: it was truncated or forked");
		}
		ConsistencyProof proof = log.consistencyProof(saved.treeSize(), size);
		boolean consistent = ProofVerifier.verifyConsistency(saved.treeSize(), size, savedRoot, log.rootHash(size), proof.path());
		return new Audit(consistent, saved.treeSize(), size, currentRoot,
				consistent ? null : "the current tree does not extend the saved head: the first " + saved.treeSize() + " entries were changed");
	}

	/** One verification pass. */
	private final class Run {

		private final Map<String, Keys.Stored> keysById;
		private final InMemoryNodeStore store = new InMemoryNodeStore();
		private final MerkleLog log = new MerkleLog(store);
		private long firstBad = -1;
		private String problem;
		private long signatures;
		private long treeHeads;

		Run(Map<String, Keys.Stored> keysById) {
			this.keysById = keysById;
		}

		void problem(long seq, String what) {
			if (firstBad < 0 || seq < firstBad) {
				firstBad = seq;
				problem = "entry " + seq + ": " + what;
			}
		}

		void check(List<LedgerEntries.Stored> chunk) {
			if (chunk.isEmpty()) {
				return;
			}
			long expectedFirst = log.size();
			String[] problems = new String[chunk.size()];
			byte[][] leaves = new byte[chunk.size()][];
			IntStream.range(0, chunk.size()).parallel().forEach(i -> {
				LedgerEntries.Stored entry = chunk.get(i);
				leaves[i] = HASH.get().leaf(entry.entryBytes());
				problems[i] = problemOf(entry, expectedFirst + i, leaves[i]);
			});
			for (int i = 0; i < chunk.size(); i++) {
				if (problems[i] != null) {
					long seq = chunk.get(i).seq();
					problem(Math.min(seq, expectedFirst + i), problems[i]);
					break;
				}
			}
			log.append(Arrays.asList(leaves));
		}

		private String problemOf(LedgerEntries.Stored entry, long expectedSeq, byte[] leaf) {
			if (entry.seq() != expectedSeq) {
				return entry.seq() > expectedSeq ? "missing (the next stored entry is " + entry.seq() + ")"
						: "stored out of order (as " + entry.seq() + ")";
			}
			if (!MessageDigest.isEqual(leaf, entry.leafHash())) {
				return "its bytes do not hash to its stored leaf hash: altered";
			}
			JsonNode parsed;
			try {
				parsed = codec.read(entry.entryBytes());
			}
			catch (RuntimeException e) {
				return "its bytes are not JSON";
			}
			if (!Arrays.equals(Jcs.canonicalize(parsed), entry.entryBytes())) {
				return "its bytes are not in canonical form";
			}
			if (parsed.path("seq").asLong(-1) != entry.seq()) {
				return "its bytes say it is entry " + parsed.path("seq") + ": moved";
			}
			if (parsed.path("timestamp").asLong(-1) != entry.recordedAt() || !parsed.path("action").asString("").equals(entry.action())
					|| !Objects.equals(nullable(parsed.path("actor").path("nation")), entry.actorNation())) {
				return "its columns (time, action or nation) differ from its bytes";
			}
			return signatureProblem(parsed, entry);
		}

		private String signatureProblem(JsonNode parsed, LedgerEntries.Stored entry) {
			JsonNode signature = parsed.path("signature");
			if (signature.isNull() || signature.isMissingNode()) {
				return null;
			}
			synchronized (this) {
				// Entries are checked on several threads.
				signatures++;
			}
			Keys.Stored key = keysById.get(signature.path("keyId").asString(""));
			String owner = nullable(parsed.path("actor").path("nation"));
			if (key == null || !key.owner().equals(owner == null ? Keys.SECRETARIAT : owner)) {
				return "signed by a key that is not registered to its actor's nation";
			}
			if (key.registeredAt() > entry.recordedAt() || key.retiredAt() != null && key.retiredAt() < entry.recordedAt()) {
				return "signed by key " + key.keyId() + " outside the time it was active";
			}
			ObjectNode statement = ((ObjectNode) parsed.deepCopy());
			statement.remove(List.of("seq", "timestamp", "signature"));
			byte[] value;
			try {
				value = Base64.getDecoder().decode(signature.path("value").asString(""));
			}
			catch (IllegalArgumentException e) {
				return "its signature is not base64";
			}
			return Ed25519.verify(key.publicKey(), Jcs.canonicalize(statement), value) ? null : "its signature does not verify";
		}

		void checkTiles() {
			long complete = log.size() >> Tile.HEIGHT;
			long[] expected = { 0 };
			tiles.forEach(0, tile -> {
				if (tile.block() >= complete) {
					problem(Math.min(tile.block() << Tile.HEIGHT, log.size()), "tile " + tile.block() + " is stored for entries the log does not hold");
					return;
				}
				if (tile.block() != expected[0]) {
					problem(expected[0] << Tile.HEIGHT, "the tile of entries from " + (expected[0] << Tile.HEIGHT) + " is missing");
				}
				expected[0] = tile.block() + 1;
				checkTile(tile);
			});
			if (expected[0] < complete) {
				problem(expected[0] << Tile.HEIGHT, "the tile of entries from " + (expected[0] << Tile.HEIGHT) + " is missing");
			}
		}

		private void checkTile(Tiles.Completed tile) {
			for (int level = 0; level < Tile.HEIGHT; level++) {
				long first = tile.block() << (Tile.HEIGHT - level);
				for (long index = first; index < first + (Tile.LEAVES >> level); index++) {
					if (!MessageDigest.isEqual(Tile.node(tile.nodes(), level, index), store.node(level, index))) {
						problem(index << level, "the stored tree node (level " + level + ", index " + index + ") above it differs from the recomputed one");
						return;
					}
				}
			}
			if (!MessageDigest.isEqual(tile.root(), store.node(Tile.HEIGHT, tile.block()))) {
				problem(tile.block() << Tile.HEIGHT, "the stored root of tile " + tile.block() + " differs from the recomputed one");
			}
		}

		void checkTreeHeads() {
			long size = log.size();
			for (TreeHeads.Stored head : heads.all()) {
				treeHeads++;
				Keys.Stored key = keysById.get(head.keyId());
				byte[] checkpoint = SignedTreeHead.checkpoint(signer.origin(), head.treeSize(), head.rootHash(), head.signedAt()).getBytes(StandardCharsets.UTF_8);
				if (key == null || !Keys.LOG.equals(key.owner()) || !Ed25519.verify(key.publicKey(), checkpoint, head.signature())) {
					problem(Math.min(head.treeSize(), size), "the signature of the tree head of size " + head.treeSize() + " does not verify with a log key");
				}
				else if (head.treeSize() > size) {
					problem(size, "the tree head of size " + head.treeSize() + " was signed, but the log holds " + size + " entries: truncated");
				}
				else if (!MessageDigest.isEqual(head.rootHash(), log.rootHash(head.treeSize()))) {
					problem(Math.max(0, head.treeSize() - 1), "the recomputed root of the first " + head.treeSize() + " entries differs from the signed one");
				}
			}
			for (TreeHeads.StoredCosignature cosignature : heads.allCosignatures()) {
				signatures++;
				Keys.Stored key = keysById.get(cosignature.keyId());
				TreeHeads.Stored head = heads.find(cosignature.treeSize()).orElseThrow();
				String checkpoint = SignedTreeHead.checkpoint(signer.origin(), head.treeSize(), head.rootHash(), head.signedAt());
				if (key == null || !key.owner().equals(cosignature.witness())
						|| !Ed25519.verify(key.publicKey(), SignedTreeHead.cosignedMessage(checkpoint, cosignature.cosignedAt()), cosignature.signature())) {
					problem(Math.min(head.treeSize(), size), "the cosignature by " + cosignature.witness() + " of the tree head of size " + head.treeSize()
							+ " does not verify");
				}
			}
		}

		private static String nullable(JsonNode node) {
			return node.isString() ? node.stringValue() : null;
		}
	}
}
