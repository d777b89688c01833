package org.reassure.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reassure.guarantees.Callers.get;
import static org.reassure.guarantees.Callers.liaison;
import static org.reassure.guarantees.Callers.post;
import static org.reassure.guarantees.Callers.staff;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
 * Commitments through the API: a liaison records and moves its own nation's, every change is in
 * the history and the ledger, and bad input is refused naming the field with nothing written.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CommitmentsApiTest {

	static final String COMMITMENTS = "/api/v1/guarantees/commitments";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLiaisonRecordsItsNationsCommitmentAndTakesItIntoForce() throws Exception {
		String id = record("DE", """
				{"component":"MULTINATIONAL_FORCE","kind":"TROOPS","quantity":1500,"unit":"PERSONNEL","startsOn":"2026-03-01","endsOn":"2027-02-28",
				 "conditions":["ONLY_AFTER_CEASEFIRE","SUBJECT_TO_PARLIAMENT"],"description":"Brigade rotation"}""");
		mvc.perform(post(COMMITMENTS + "/" + id + "/government-approval", "{\"note\":\"Cabinet decision\"}").with(liaison("DE")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("GOVERNMENT_APPROVED"));
		mvc.perform(post(COMMITMENTS + "/" + id + "/entry-into-force", "{}").with(liaison("DE")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.detail").value(containsString("GOVERNMENT_APPROVED")));
		mvc.perform(post(COMMITMENTS + "/" + id + "/parliament-approval", "{}").with(liaison("DE"))).andExpect(status().isOk());
		mvc.perform(post(COMMITMENTS + "/" + id + "/entry-into-force", "{}").with(liaison("DE")))
			.andExpect(jsonPath("$.status").value("IN_FORCE"));

		mvc.perform(get(COMMITMENTS + "/" + id).with(staff(Role.SECRETARIAT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.history.length()").value(4))
			.andExpect(jsonPath("$.history[0].from").doesNotExist())
			.andExpect(jsonPath("$.history[1].from").value("INTENT"))
			.andExpect(jsonPath("$.history[1].to").value("GOVERNMENT_APPROVED"))
			.andExpect(jsonPath("$.history[1].by").value("de-liaison"))
			.andExpect(jsonPath("$.history[1].note").value("Cabinet decision"))
			.andExpect(jsonPath("$.history[3].to").value("IN_FORCE"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entries WHERE action LIKE 'guarantees.commitment.%' AND actor_nation = 'DE'")
			.query(Integer.class).single()).isEqualTo(4);
	}

	@Test
	void onlyItsOwnNationsLiaisonMovesACommitmentAndOnlyReadersWhoMaySeeIt() throws Exception {
		String id = record("NL", """
				{"component":"MONITORING","kind":"ISR","quantity":4,"unit":"DRONES","startsOn":"2026-03-01"}""");
		mvc.perform(post(COMMITMENTS + "/" + id + "/withdrawal", "{}").with(liaison("BE"))).andExpect(status().isNotFound());
		mvc.perform(post(COMMITMENTS + "/" + id + "/withdrawal", "{}").with(staff(Role.SECRETARIAT))).andExpect(status().isForbidden());
		mvc.perform(get(COMMITMENTS + "/" + id).with(liaison("BE"))).andExpect(status().isNotFound());
		mvc.perform(get(COMMITMENTS + "?nation=NL").with(liaison("BE"))).andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get(COMMITMENTS + "?nation=NL").with(staff(Role.PLANNER))).andExpect(jsonPath("$[0].id").value(id));
		mvc.perform(get(COMMITMENTS).with(staff(Role.VIEWER))).andExpect(status().isForbidden());
	}

	@Test
	void refusesBadInputNamingTheFieldAndWritesNothing() throws Exception {
		int commitments = count("SELECT COUNT(*) FROM commitments");
		int entries = count("SELECT COUNT(*) FROM ledger_entries");
		refused("{\"component\":\"MONITORING\",\"kind\":\"ISR\",\"quantity\":-3,\"unit\":\"DRONES\",\"startsOn\":\"2026-03-01\"}", 422, "quantity");
		refused("{\"component\":\"FINANCING\",\"kind\":\"FINANCING\",\"quantity\":5,\"currency\":\"EUR\",\"startsOn\":\"2026-03-01\"}", 422, "component");
		refused("{\"component\":\"SUPPORT_TO_ARMED_FORCES\",\"kind\":\"FINANCING\",\"quantity\":5,\"currency\":\"XYZ\",\"startsOn\":\"2026-03-01\"}", 422, "currency");
		refused("{\"component\":\"MONITORING\",\"kind\":\"ISR\",\"quantity\":5,\"unit\":\"FURLONGS\",\"startsOn\":\"2026-03-01\"}", 400, "unit");
		refused("{\"component\":\"MONITORING\",\"kind\":\"ISR\",\"quantity\":5,\"unit\":\"DRONES\",\"startsOn\":\"2026-03-01\",\"endsOn\":\"2026-02-01\"}", 422, "endsOn");
		refused("{\"nation\":\"FR\",\"component\":\"MONITORING\",\"kind\":\"ISR\",\"startsOn\":\"2026-03-01\"}", 422, "nation");
		refused("{\"component\":\"MONITORING\",\"kind\":\"ISR\",\"startsOn\":\"2026-03-01\",\"colour\":\"blue\"}", 400, "colour");
		assertThat(count("SELECT COUNT(*) FROM commitments")).isEqualTo(commitments);
		assertThat(count("SELECT COUNT(*) FROM ledger_entries")).isEqualTo(entries);
	}

	private void refused(String body, int status, String field) throws Exception {
		mvc.perform(post(COMMITMENTS, body).with(liaison("PT")))
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value(field));
	}

	private String record(String nation, String body) throws Exception {
		String response = mvc.perform(post(COMMITMENTS, body).with(liaison(nation)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("INTENT"))
			.andExpect(jsonPath("$.terms.nation").value(nation))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(response, "$.id");
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}
}
