package org.reassure.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reassure.governance.Http.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The governance API over real HTTP, on the database the build chose: a qualified-majority vote
 * from opening to its recorded result, ballots changed and withdrawn, and every kind of bad input
 * refused with the field named and nothing written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "reassure.governance.decide-every=PT1S")
@Import(MovableClock.Setup.class)
class GovernanceApiTest {

	private static final String SECRETARIAT = "api-secretariat";
	private static final String FRANCE = "api-liaison-fr";
	private static final String GERMANY = "api-liaison-de";
	private static final String VIEWER = "api-viewer";
	private static final String PROPOSALS = "/api/v1/governance/proposals";

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	MovableClock.PublishedEvents events;

	@Autowired
	JdbcClient jdbc;

	Http http;

	@BeforeEach
	void users() {
		http = new Http(port);
		http.user(SECRETARIAT, null, "SECRETARIAT");
		http.user(FRANCE, "FR", "NATION_LIAISON");
		http.user(GERMANY, "DE", "NATION_LIAISON");
		http.user(VIEWER, null, "VIEWER");
	}

	private Map<String, Object> proposal(String kind, Instant deadline, List<String> electorate) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", "Mandate of the Multinational Force Ukraine");
		body.put("text", "The coalition adopts the mandate of the force: land, air and sea, after a ceasefire.");
		body.put("component", "MULTINATIONAL_FORCE");
		body.put("options", List.of("Regenerate Ukraine's forces", "Secure the skies", "Protect the sea lanes"));
		body.put("deadline", deadline.toString());
		body.put("rule", Map.of("kind", kind));
		if (electorate != null) {
			body.put("electorate", electorate);
		}
		return body;
	}

	private String open(String kind, Duration votingPeriod, List<String> electorate) {
		Response opened = http.post(SECRETARIAT, PROPOSALS, proposal(kind, clock.instant().plus(votingPeriod), electorate));
		assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
		return opened.body().path("id").asString();
	}

	private static Map<String, Object> ballot(String nation, String choice) {
		return Map.of("nation", nation, "choice", choice);
	}

	private List<String> ledgerActionsAbout(String id) {
		List<String> actions = new ArrayList<>();
		jdbc.sql("SELECT action, entry_bytes FROM ledger_entries WHERE action LIKE 'governance.%' ORDER BY seq").query((rs, n) -> {
			if (new String(rs.getBytes(2), StandardCharsets.UTF_8).contains(id)) {
				actions.add(rs.getString(1));
			}
			return null;
		}).list();
		return actions;
	}

	/** Entries of one action; the deadline watch may record decisions of other tests' proposals meanwhile. */
	private long ledgerEntries(String action) {
		return jdbc.sql("SELECT COUNT(*) FROM ledger_entries WHERE action = ?").param(action).query(Long.class).single();
	}

	@Test
	void aQualifiedMajorityIsOpenedVotedAndDecidedWithItsExplanation() {
		String id = open("QUALIFIED_MAJORITY", Duration.ofDays(2), List.of("FR", "DE", "PL"));

		JsonNode opened = http.get(VIEWER, PROPOSALS + "/" + id).body();
		assertThat(opened.path("rule").path("kind").asString()).isEqualTo("QUALIFIED_MAJORITY");
		assertThat(opened.path("rule").path("members").asString()).isEqualTo("55%");
		assertThat(opened.path("rule").path("weight").asString()).isEqualTo("65%");
		assertThat(opened.path("weightTable").isInt()).isTrue();
		assertThat(opened.path("tally").path("outcome").asString()).isEqualTo("PENDING");

		assertThat(http.post(FRANCE, PROPOSALS + "/" + id + "/ballots", ballot("FR", "YES")).status()).isEqualTo(201);
		assertThat(http.post(GERMANY, PROPOSALS + "/" + id + "/ballots", ballot("DE", "YES")).status()).isEqualTo(201);

		JsonNode live = http.get(VIEWER, PROPOSALS + "/" + id + "/tally").body();
		assertThat(live.path("outcome").asString()).isEqualTo("PENDING");
		assertThat(live.path("provisional").asString()).isEqualTo("PASSED");
		assertThat(live.path("explanation").path("en").asString()).isEqualTo("Pending, would pass if the deadline were now: 2 of 3 members "
				+ "(66.6 % >= 55 %) representing 80.5 % of the population (>= 65 %) voted yes; 0 no, 0 abstained, 1 did not vote.");

		clock.advance(Duration.ofDays(3));
		await().atMost(Duration.ofSeconds(10)).until(() -> !http.get(VIEWER, PROPOSALS + "/" + id).body().path("decidedAt").isNull());

		JsonNode decided = http.get(VIEWER, PROPOSALS + "/" + id + "/tally").body();
		assertThat(decided.path("outcome").asString()).isEqualTo("PASSED");
		assertThat(decided.path("explanation").path("en").asString()).startsWith("Passed: 2 of 3 members (66.6 % >= 55 %)");
		assertThat(decided.path("explanation").path("fr").asString()).startsWith("Adoptée : 2 des 3 membres (66,6 % >= 55 %)");
		assertThat(events.of(ProposalDecided.class)).filteredOn(e -> e.proposal().value().equals(id)).singleElement().satisfies(e -> {
			assertThat(e.outcome()).isEqualTo(Outcome.PASSED);
			assertThat(e.bound()).extracting(n -> n.value()).containsExactly("FR", "DE", "PL");
		});
		assertThat(events.of(BallotCast.class)).filteredOn(e -> e.proposal().value().equals(id)).hasSize(2);
		assertThat(ledgerActionsAbout(id)).containsExactly("governance.proposal.opened", "governance.ballot.cast", "governance.ballot.cast",
				"governance.proposal.decided");
	}

	@Test
	void aBallotCanBeChangedAndWithdrawnUntilTheDeadline() {
		String id = open("UNANIMITY", Duration.ofHours(6), List.of("FR", "DE"));
		String french = PROPOSALS + "/" + id + "/ballots/FR";

		assertThat(http.put(FRANCE, french, Map.of("choice", "YES")).status()).as("nothing to change yet").isEqualTo(404);
		assertThat(http.post(FRANCE, PROPOSALS + "/" + id + "/ballots", ballot("FR", "NO")).status()).isEqualTo(201);
		Response changed = http.put(FRANCE, french, Map.of("choice", "YES"));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.body().path("choice").asString()).isEqualTo("YES");
		assertThat(changed.body().path("changedAt").isNull()).isFalse();
		assertThat(http.put(GERMANY, french, Map.of("choice", "NO")).errorField()).as("another nation's ballot").isEqualTo("nation");
		assertThat(http.delete(FRANCE, french).status()).isEqualTo(204);
		assertThat(http.get(VIEWER, PROPOSALS + "/" + id + "/ballots").body().size()).isZero();
		assertThat(http.post(FRANCE, PROPOSALS + "/" + id + "/ballots", ballot("FR", "ABSTAIN")).status()).isEqualTo(201);

		clock.advance(Duration.ofHours(7));

		Response late = http.put(FRANCE, french, Map.of("choice", "YES"));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.errorField()).isEqualTo("deadline");
		assertThat(http.delete(FRANCE, french).status()).isEqualTo(409);
		assertThat(http.post(GERMANY, PROPOSALS + "/" + id + "/ballots", ballot("DE", "YES")).errorField()).isEqualTo("deadline");
		assertThat(ledgerActionsAbout(id)).containsSubsequence("governance.ballot.cast", "governance.ballot.changed", "governance.ballot.withdrawn",
				"governance.ballot.cast");
	}

	@Test
	void badBallotsAreRefusedNamingTheField() {
		String silence = open("SILENCE_PROCEDURE", Duration.ofDays(1), List.of("FR", "DE"));
		String ballots = PROPOSALS + "/" + silence + "/ballots";

		Response incompatible = http.post(FRANCE, ballots, ballot("FR", "YES"));
		assertThat(incompatible.status()).isEqualTo(422);
		assertThat(incompatible.errorField()).isEqualTo("choice");
		Response forAnother = http.post(FRANCE, ballots, ballot("DE", "OBJECT"));
		assertThat(forAnother.status()).isEqualTo(422);
		assertThat(forAnother.errorField()).isEqualTo("nation");
		Response unknownChoice = http.post(FRANCE, ballots, ballot("FR", "MAYBE"));
		assertThat(unknownChoice.status()).isEqualTo(400);
		assertThat(unknownChoice.errorField()).isEqualTo("choice");
		assertThat(http.post(VIEWER, ballots, ballot("FR", "OBJECT")).status()).as("not a liaison").isEqualTo(403);
		assertThat(ledgerActionsAbout(silence)).as("nothing written").containsExactly("governance.proposal.opened");

		assertThat(http.post(FRANCE, ballots, ballot("FR", "OBJECT")).status()).isEqualTo(201);
		Response twice = http.post(FRANCE, ballots, ballot("FR", "OBJECT"));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.errorField()).isEqualTo("nation");
		assertThat(http.get(VIEWER, ballots).body().size()).isEqualTo(1);
		assertThat(ledgerActionsAbout(silence)).containsExactly("governance.proposal.opened", "governance.ballot.cast");
	}

	@Test
	void badProposalsAreRefusedNamingTheFieldAndNothingIsWritten() {
		int proposals = http.get(VIEWER, PROPOSALS).body().size();
		long opened = ledgerEntries("governance.proposal.opened");
		Instant tomorrow = clock.instant().plus(Duration.ofDays(1));

		Map<String, Object> overAHundred = proposal("QUALIFIED_MAJORITY", tomorrow, null);
		overAHundred.put("rule", Map.of("kind", "QUALIFIED_MAJORITY", "memberThreshold", 101));
		Map<String, Object> zeroWeight = proposal("QUALIFIED_MAJORITY", tomorrow, null);
		zeroWeight.put("rule", Map.of("kind", "QUALIFIED_MAJORITY", "weightThreshold", 0));
		Map<String, Object> unweighted = proposal("QUALIFIED_MAJORITY", tomorrow, List.of("FR", "DE", "US"));
		Map<String, Object> past = proposal("QUALIFIED_MAJORITY", clock.instant().minusSeconds(60), null);
		Map<String, Object> unknownComponent = proposal("SILENCE_PROCEDURE", tomorrow, null);
		unknownComponent.put("component", "NUCLEAR_UMBRELLA");
		Map<String, Object> unknownVoter = proposal("SILENCE_PROCEDURE", tomorrow, List.of("FR", "XX"));
		Map<String, Object> thresholdOnSilence = proposal("SILENCE_PROCEDURE", tomorrow, null);
		thresholdOnSilence.put("rule", Map.of("kind", "SILENCE_PROCEDURE", "memberThreshold", 50));

		assertRefused(overAHundred, 422, "rule.memberThreshold");
		assertRefused(zeroWeight, 422, "rule.weightThreshold");
		assertRefused(unweighted, 422, "rule.weightTable");
		assertRefused(past, 422, "deadline");
		assertRefused(unknownComponent, 422, "component");
		assertRefused(unknownVoter, 422, "electorate[1]");
		assertRefused(thresholdOnSilence, 422, "rule.memberThreshold");
		assertThat(http.post(FRANCE, PROPOSALS, proposal("OPT_IN", tomorrow, null)).status()).as("liaisons do not open proposals").isEqualTo(403);

		assertThat(http.get(VIEWER, PROPOSALS).body().size()).isEqualTo(proposals);
		assertThat(ledgerEntries("governance.proposal.opened")).isEqualTo(opened);
	}

	private void assertRefused(Map<String, Object> body, int status, String field) {
		Response response = http.post(SECRETARIAT, PROPOSALS, body);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
		assertThat(response.errorField()).isEqualTo(field);
	}

	@Test
	void byDefaultTheMemberStatesVote() {
		String id = open("SILENCE_PROCEDURE", Duration.ofDays(1), null);

		List<String> electorate = new ArrayList<>();
		http.get(VIEWER, PROPOSALS + "/" + id).body().path("electorate").forEach(n -> electorate.add(n.asString()));
		assertThat(electorate).hasSize(29).contains("FR", "GB", "DE", "PL", "CA", "TR", "JP", "AU", "NO").doesNotContain("EU", "NATO", "US", "UA", "HU");
	}

	@Test
	void anOptInBindsOnlyThoseWhoJoined() {
		String id = open("OPT_IN", Duration.ofHours(1), List.of("FR", "DE", "PL"));
		assertThat(http.post(FRANCE, PROPOSALS + "/" + id + "/ballots", ballot("FR", "OPT_IN")).status()).isEqualTo(201);

		clock.advance(Duration.ofHours(2));

		JsonNode tally = http.get(VIEWER, PROPOSALS + "/" + id + "/tally").body();
		assertThat(tally.path("outcome").asString()).isEqualTo("PASSED");
		assertThat(tally.path("bound").size()).isEqualTo(1);
		assertThat(tally.path("bound").path(0).asString()).isEqualTo("FR");
		assertThat(tally.path("explanation").path("en").asString())
			.isEqualTo("Passed: 1 member opted in (FR), at least 1 needed; the decision binds only those who joined.");
	}

	@Test
	void aNewWeightTableIsANewVersionAndOpenProposalsKeepTheirs() {
		String before = open("QUALIFIED_MAJORITY", Duration.ofDays(1), List.of("FR", "DE"));
		int pinned = http.get(VIEWER, PROPOSALS + "/" + before).body().path("weightTable").asInt();
		Map<String, Long> withUkraine = new LinkedHashMap<>();
		http.get(VIEWER, "/api/v1/governance/weight-tables/" + pinned).body().path("weights").properties().forEach(e -> withUkraine.put(e.getKey(), e.getValue().asLong()));
		withUkraine.put("UA", 33_000_000L);
		Map<String, Object> table = Map.of("basis", "POPULATION", "title", "Population, Ukraine added", "source",
				Map.of("source", "public-record", "description", "Test figures"), "weights", withUkraine);

		assertThat(http.post(VIEWER, "/api/v1/governance/weight-tables", table).status()).isEqualTo(403);
		Response loaded = http.post(SECRETARIAT, "/api/v1/governance/weight-tables", table);
		assertThat(loaded.status()).isEqualTo(201);
		int version = loaded.body().path("version").asInt();
		assertThat(version).isGreaterThan(pinned);
		assertThat(http.post(SECRETARIAT, "/api/v1/governance/weight-tables", table).status()).as("same content again").isEqualTo(200);
		Map<String, Object> negative = new LinkedHashMap<>(table);
		negative.put("weights", Map.of("FR", -1));
		assertThat(http.post(SECRETARIAT, "/api/v1/governance/weight-tables", negative).errorField()).isEqualTo("weights.FR");

		String after = open("QUALIFIED_MAJORITY", Duration.ofDays(1), List.of("FR", "DE", "UA"));
		assertThat(http.get(VIEWER, PROPOSALS + "/" + after).body().path("weightTable").asInt()).isEqualTo(version);
		assertThat(http.get(VIEWER, PROPOSALS + "/" + before).body().path("weightTable").asInt()).isEqualTo(pinned);
	}

	@Test
	void theStatutesStateTheRulesInForce() {
		JsonNode statutes = http.get(VIEWER, "/api/v1/governance/statutes").body();

		assertThat(statutes.path("version").asInt()).isEqualTo(1);
		assertThat(statutes.path("parameters").path("qualifiedMajorityMembers").asString()).isEqualTo("55%");
		List<String> codes = new ArrayList<>();
		statutes.path("articles").forEach(a -> codes.add(a.path("code").asString()));
		assertThat(codes).contains("PROPOSALS", "ELECTORATE", "BALLOTS", "SILENCE_PROCEDURE", "UNANIMITY", "QUALIFIED_MAJORITY", "OPT_IN");
		assertThat(http.get(VIEWER, "/api/v1/governance/statutes/1").status()).isEqualTo(200);
		assertThat(http.get(VIEWER, "/api/v1/governance/statutes/99").status()).isEqualTo(404);
		assertThat(http.get(VIEWER, "/api/v1/governance/weight-tables/1").body().path("weights").path("FR").asLong()).isEqualTo(68_402_000L);
	}

	@Test
	void theApiIsDescribedInOpenApi() {
		Response docs = http.get(VIEWER, "/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body().path("paths").has(PROPOSALS + "/{id}/ballots/{nation}")).isTrue();
		assertThat(docs.body().path("paths").path(PROPOSALS + "/{id}/tally").path("get").path("summary").asString()).contains("English and French");
	}
}
