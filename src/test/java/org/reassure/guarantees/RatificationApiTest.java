package org.reassure.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reassure.guarantees.Callers.get;
import static org.reassure.guarantees.Callers.liaison;
import static org.reassure.guarantees.Callers.post;
import static org.reassure.guarantees.Callers.put;
import static org.reassure.guarantees.Callers.staff;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.reassure.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Ratification through the API: routes are not documented until a source says so, a documented
 * route decides whether a commitment needs its parliament, and the overview counts what is ready.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RatificationApiTest {

	static final String RATIFICATION = "/api/v1/guarantees/ratification";
	static final String COMMITMENTS = "/api/v1/guarantees/commitments";
	static final String SOURCE = "[{\"source\":\"public-record\",\"description\":\"Constitution, as published\"}]";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRouteIsNotDocumentedUntilASourceSaysSo() throws Exception {
		mvc.perform(get(RATIFICATION + "/SE").with(staff(Role.VIEWER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.route.documented").value(false))
			.andExpect(jsonPath("$.route.parliamentVote").doesNotExist());
		mvc.perform(put(RATIFICATION + "/SE/route", "{\"documented\":true,\"parliamentVote\":true,\"chambers\":[\"Riksdag\"]}").with(liaison("SE")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("citations"));
		mvc.perform(put(RATIFICATION + "/SE/route",
				"{\"documented\":true,\"parliamentVote\":true,\"chambers\":[\"Riksdag\"],\"citations\":[{\"source\":\"999_unknown.txt\",\"quote\":\"x\"}]}")
			.with(liaison("SE"))).andExpect(jsonPath("$.errors[0].field").value("citations.source"));
		mvc.perform(put(RATIFICATION + "/NO/route", "{\"documented\":false}").with(liaison("SE")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("nation"));
		mvc.perform(put(RATIFICATION + "/SE/route", "{\"documented\":true,\"parliamentVote\":true,\"chambers\":[\"Riksdag\"],\"citations\":" + SOURCE + "}")
			.with(liaison("SE"))).andExpect(status().isOk());

		mvc.perform(post(RATIFICATION + "/SE/steps", "{\"date\":\"2026-04-01\",\"kind\":\"CHAMBER_VOTE\",\"chamber\":\"Senate\",\"outcome\":\"APPROVED\","
				+ "\"description\":\"Vote\",\"citations\":" + SOURCE + "}").with(liaison("SE")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("chamber"));
		mvc.perform(post(RATIFICATION + "/SE/steps", "{\"date\":\"2026-04-01\",\"kind\":\"CHAMBER_VOTE\",\"chamber\":\"Riksdag\",\"outcome\":\"SCHEDULED\","
				+ "\"description\":\"Vote on the contribution\",\"citations\":" + SOURCE + "}").with(liaison("SE"))).andExpect(status().isCreated());
		mvc.perform(get(RATIFICATION + "/SE").with(staff(Role.VIEWER)))
			.andExpect(jsonPath("$.route.chambers[0]").value("Riksdag"))
			.andExpect(jsonPath("$.steps[0].outcome").value("SCHEDULED"))
			.andExpect(jsonPath("$.steps[0].citations[0].source").value("public-record"));
	}

	@Test
	void theOverviewCountsACommitmentReadyOnceItsRouteIsSatisfied() throws Exception {
		String id = JsonPath.read(mvc.perform(post(COMMITMENTS, """
				{"component":"SUPPORT_TO_ARMED_FORCES","kind":"FINANCING","quantity":"250000000","currency":"EUR","startsOn":"2026-01-01"}""")
			.with(liaison("FI"))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(post(COMMITMENTS + "/" + id + "/government-approval", "{}").with(liaison("FI"))).andExpect(status().isOk());
		mvc.perform(get(RATIFICATION).with(staff(Role.VIEWER)))
			.andExpect(jsonPath("$.nations[?(@.nation == 'FI')].total.pending.money.EUR").value(250000000))
			.andExpect(jsonPath("$.nations[?(@.nation == 'FI')].total.ready.commitments").value(0));

		mvc.perform(put(RATIFICATION + "/FI/route", "{\"documented\":true,\"parliamentVote\":false,\"citations\":" + SOURCE + "}").with(staff(Role.SECRETARIAT)))
			.andExpect(status().isOk());
		mvc.perform(get(RATIFICATION).with(staff(Role.VIEWER)))
			.andExpect(jsonPath("$.nations[?(@.nation == 'FI')].total.ready.money.EUR").value(250000000))
			.andExpect(jsonPath("$.nations[?(@.nation == 'FI')].total.pending.commitments").value(0));
		mvc.perform(post(COMMITMENTS + "/" + id + "/entry-into-force", "{}").with(liaison("FI")))
			.andExpect(jsonPath("$.status").value("IN_FORCE"));
		mvc.perform(get(RATIFICATION + "/FI").with(liaison("FI")))
			.andExpect(jsonPath("$.commitments[0].readiness").value("READY"));
		mvc.perform(get(RATIFICATION + "/FI").with(liaison("SE")))
			.andExpect(jsonPath("$.commitments.length()").value(0));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entries WHERE action = 'guarantees.route.documented'").query(Integer.class).single()).isPositive();
	}
}
