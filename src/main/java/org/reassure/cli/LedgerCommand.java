package org.reassure.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.reassure.ledger.LedgerAudit;
import org.reassure.ledger.SignedTreeHead;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;
import tools.jackson.databind.json.JsonMapper;

/**
 * Operators' checks of the coalition record.
 */
@Command(name = "ledger", description = "Check the coalition record.", subcommands = { LedgerCommand.Verify.class, LedgerCommand.Audit.class })
class LedgerCommand {

	@ParentCommand
	ReassureCommand reassure;

	/** Exit code when the record does not verify. */
	static final int NOT_VERIFIED = 3;

	@Command(name = "verify", description = "Recompute the whole tree from the stored entries; check every hash, tile, signature and signed "
			+ "tree head; name the first bad sequence number.")
	static class Verify implements Callable<Integer> {

		@ParentCommand
		LedgerCommand ledger;

		@Unmatched
		List<String> springArguments = new ArrayList<>();

		@Override
		public Integer call() {
			try (var context = OfflineContext.start(ledger.reassure, springArguments)) {
				LedgerAudit.Verification result = context.getBean(LedgerAudit.class).verify();
				if (result.verified()) {
					System.out.printf("verified: %d entries, %d signed tree heads, %d signatures checked in %d ms%n", result.entries(), result.treeHeads(),
							result.signatures(), result.millis());
					return 0;
				}
				System.out.printf("NOT VERIFIED: first bad sequence number %d%n%s%n", result.firstBadSequence(), result.problem());
				return NOT_VERIFIED;
			}
		}
	}

	@Command(name = "audit", description = "Prove that a tree head saved earlier (the JSON of GET /api/v1/ledger/tree-head) is a prefix of "
			+ "today's log.")
	static class Audit implements Callable<Integer> {

		@ParentCommand
		LedgerCommand ledger;

		@Option(names = "--tree-head", required = true, paramLabel = "FILE", description = "the saved signed tree head")
		Path treeHead;

		@Unmatched
		List<String> springArguments = new ArrayList<>();

		@Override
		public Integer call() throws IOException {
			SignedTreeHead saved = JsonMapper.builder().build().readValue(Files.readString(treeHead), SignedTreeHead.class);
			try (var context = OfflineContext.start(ledger.reassure, springArguments)) {
				LedgerAudit.Audit result = context.getBean(LedgerAudit.class).audit(saved);
				if (result.consistent()) {
					System.out.printf("consistent: the saved head of %d entries is a prefix of today's log of %d entries (root %s)%n", result.savedSize(),
							result.currentSize(), result.currentRoot());
					return 0;
				}
				System.out.printf("INCONSISTENT: %s%n", result.problem());
				return NOT_VERIFIED;
			}
		}
	}
}
