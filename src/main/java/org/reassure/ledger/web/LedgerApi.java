package org.reassure.ledger.web;

import java.time.Instant;
import java.util.List;

import org.reassure.access.Actors;
import org.reassure.ledger.EntryFilter;
import org.reassure.ledger.LeafInclusion;
import org.reassure.ledger.LedgerKeys;
import org.reassure.ledger.LedgerView;
import org.reassure.ledger.RecordedEntry;
import org.reassure.ledger.RegisteredKey;
import org.reassure.ledger.SignedTreeHead;
import org.reassure.ledger.TreeConsistency;
import org.reassure.shared.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The coalition record over REST: what a member needs to check it without trusting the operator.
 * Hashes and key ids are hex, keys and signatures base64.
 */
@RestController
@RequestMapping("/api/v1/ledger")
@Tag(name = "Ledger", description = "Tamper-evident record: entries, signed tree heads, RFC 9162 proofs, keys and witness cosignatures")
class LedgerApi {

	private final LedgerView view;
	private final LedgerKeys keys;
	private final Actors actors;

	LedgerApi(LedgerView view, LedgerKeys keys, Actors actors) {
		this.view = view;
		this.keys = keys;
		this.actors = actors;
	}

	record NewKey(@NotBlank @Size(max = 100) String publicKey, @Pattern(regexp = "[0-9a-f]{64}") String replaces) {
	}

	record NewCosignature(@NotBlank @Pattern(regexp = "[0-9a-f]{64}") String keyId, @NotNull @PositiveOrZero Long time,
			@NotBlank @Size(max = 200) String signature) {
	}

	@GetMapping("/tree-head")
	@Operation(summary = "The latest signed tree head and its witnesses' cosignatures (signed now if none is yet)")
	SignedTreeHead treeHead() {
		return view.latestTreeHead().orElseGet(view::signTreeHead);
	}

	@GetMapping("/tree-heads/{treeSize}")
	@Operation(summary = "The signed tree head of one size, with its cosignatures")
	SignedTreeHead treeHead(@PathVariable long treeSize) {
		return view.treeHead(treeSize).orElseThrow(() -> new NotFound("signed tree head of size", treeSize));
	}

	@PostMapping("/tree-heads")
	@Operation(summary = "Sign a tree head for the current size now (secretariat, administrators)")
	SignedTreeHead signTreeHead() {
		return view.signTreeHead();
	}

	@PostMapping("/tree-heads/{treeSize}/cosignatures")
	@Operation(summary = "Cosign a signed tree head as a witness (a lead nation's liaison): Ed25519 over "
			+ "\"cosignature/v1\\ntime <time>\\n\" + checkpoint, with an active key of the nation")
	ResponseEntity<SignedTreeHead> cosign(@PathVariable long treeSize, @Valid @RequestBody NewCosignature request) {
		return ResponseEntity.status(201).body(keys.cosign(actors.current(), treeSize, request.keyId(), request.time(), request.signature()));
	}

	@GetMapping("/entries")
	@Operation(summary = "Entries with their canonical bytes: sequence range [from, to), module, nation, action, time range [since, until); "
			+ "newest first unless from is given")
	List<RecordedEntry> entries(@RequestParam(required = false) Long from, @RequestParam(required = false) Long to,
			@RequestParam(required = false) String module, @RequestParam(required = false) String nation, @RequestParam(required = false) String action,
			@RequestParam(required = false) Instant since, @RequestParam(required = false) Instant until,
			@RequestParam(defaultValue = "100") int limit) {
		return view.entries(new EntryFilter(from, to, module, nation, action, since, until, limit));
	}

	@GetMapping("/entries/{seq}")
	@Operation(summary = "One entry, with the base64 of the exact bytes hashed into the tree")
	RecordedEntry entry(@PathVariable long seq) {
		return view.entry(seq).orElseThrow(() -> new NotFound("entry", seq));
	}

	@GetMapping("/proofs/inclusion")
	@Operation(summary = "RFC 9162 inclusion proof of the entry with this leaf hash in the tree of treeSize entries")
	LeafInclusion inclusion(@RequestParam String leafHash, @RequestParam long treeSize) {
		return view.inclusionProof(leafHash, treeSize);
	}

	@GetMapping("/proofs/consistency")
	@Operation(summary = "RFC 9162 consistency proof that the tree of second entries extends the tree of first entries")
	TreeConsistency consistency(@RequestParam long first, @RequestParam long second) {
		return view.consistencyProof(first, second);
	}

	@GetMapping("/keys")
	@Operation(summary = "Registered public keys of the nations, the secretariat and the log, retired ones included")
	List<RegisteredKey> keys() {
		return keys.keys();
	}

	@GetMapping("/keys/{keyId}")
	@Operation(summary = "One registered key")
	RegisteredKey key(@PathVariable String keyId) {
		return keys.key(keyId).orElseThrow(() -> new NotFound("key", keyId));
	}

	@PostMapping("/keys")
	@Operation(summary = "Register an Ed25519 public key (raw 32 bytes, base64) for my nation, or for the secretariat; "
			+ "'replaces' retires one of its keys (rotation; what the old key signed still verifies)")
	ResponseEntity<RegisteredKey> register(@Valid @RequestBody NewKey request) {
		RegisteredKey key = keys.register(actors.current(), request.publicKey(), request.replaces());
		return ResponseEntity.created(java.net.URI.create("/api/v1/ledger/keys/" + key.keyId())).body(key);
	}
}
