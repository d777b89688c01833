package org.reassure.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reassure.ledger.DetachedSignature;
import org.reassure.ledger.LedgerEntry;
import org.reassure.shared.Actor;
import org.reassure.shared.NationCode;

import tools.jackson.databind.json.JsonMapper;

/**
 * The entry bytes, assembled from the canonical statement, are exactly the RFC 8785 form of the
 * whole entry, signed or not.
 */
class EntryCodecTest {

	private final JsonMapper json = JsonMapper.builder().build();
	private final EntryCodec codec = new EntryCodec(json);

	@Test
	void assemblesTheCanonicalFormOfTheWholeEntry() {
		LedgerEntry plain = new LedgerEntry(new Actor("liaison-fr", NationCode.of("FR")), "guarantees.commitment.approved",
				Map.of("z", List.of(1.5, "é\n"), "a", Map.of("y", true, "b", "x")), "ab".repeat(32));
		LedgerEntry signed = plain.signedWith(new DetachedSignature("cd".repeat(32), new byte[64]));
		for (LedgerEntry entry : List.of(plain, signed)) {
			byte[] bytes = codec.entryBytes(codec.statement(entry), 42, 1_767_225_600_000L, entry.signature());
			assertThat(bytes).isEqualTo(Jcs.canonicalize(json.readTree(bytes)));
			assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("{\"action\":\"guarantees.commitment.approved\",\"actor\":{\"nation\":\"FR\"")
				.contains(",\"seq\":42,\"signature\":")
				.endsWith(",\"timestamp\":1767225600000}");
		}
	}
}
