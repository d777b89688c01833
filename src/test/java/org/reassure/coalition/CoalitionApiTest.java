package org.reassure.coalition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.reassure.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The registry through its REST API, as the secretariat and a viewer use it, on the real database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CoalitionApiTest {

	private static final String PROBLEM = "application/problem+json";

	@Autowired
	MockMvc mvc;

	@Autowired
	CoalitionDataset dataset;

	@Autowired
	JdbcClient jdbc;

	@Test
	void derivesParticipantsFromClaimsAndShowsTheirSources() throws Exception {
		mvc.perform(asAdmin(get("/api/v1/participants")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].participant.code", hasItems("FR", "GB", "UA", "EU", "NATO")))
			.andExpect(jsonPath("$[*].participant.code", not(hasItem("HU"))));
		mvc.perform(asAdmin(get("/api/v1/participants/FR")))
			.andExpect(jsonPath("$.standing").value("MEMBER"))
			.andExpect(jsonPath("$.roles", hasItems("CO_CHAIR", "TRIO_MEMBER")))
			.andExpect(jsonPath("$.claims[*].citations[*].source", hasItem("002_5ee612add12d3443.txt")));
		mvc.perform(asAdmin(get("/api/v1/participants/HU"))).andExpect(jsonPath("$.standing").value("NOT_MEMBER"));
		mvc.perform(asAdmin(get("/api/v1/participants/US"))).andExpect(jsonPath("$.standing").value("PARTNER"));
		mvc.perform(asAdmin(get("/api/v1/participants/UA"))).andExpect(jsonPath("$.standing").value("SUPPORTED_STATE"));
	}

	@Test
	void keepsDisagreeingSourcesSideBySide() throws Exception {
		mvc.perform(asAdmin(get("/api/v1/claims?subject=coalition&predicate=MEMBER_COUNT")))
			.andExpect(jsonPath("$[*].value", hasItems("15", "26", "31", "35")));
		mvc.perform(asAdmin(get("/api/v1/claims?subject=coalition&predicate=FOUNDED_ON")))
			.andExpect(jsonPath("$[*].value", hasItems("2025-03-02", "2025-02-17")));
	}

	@Test
	void filtersParticipantsByMembershipAndRole() throws Exception {
		mvc.perform(asAdmin(get("/api/v1/participants?role=CO_CHAIR")))
			.andExpect(jsonPath("$[*].participant.code").value(org.hamcrest.Matchers.containsInAnyOrder("FR", "GB")));
		mvc.perform(asAdmin(get("/api/v1/participants?kind=ORGANISATION")))
			.andExpect(jsonPath("$[*].participant.code").value(org.hamcrest.Matchers.containsInAnyOrder("EU", "NATO")));
		mvc.perform(asAdmin(get("/api/v1/participants?nato=false&eu=false&kind=STATE")))
			.andExpect(jsonPath("$[*].participant.code", hasItems("AU", "JP", "UA")))
			.andExpect(jsonPath("$[*].participant.code", not(hasItem("FR"))));
	}

	@Test
	void refusesMalformedJsonNamingTheBody() throws Exception {
		mvc.perform(asAdmin(post("/api/v1/participants")).contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"XA\","))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.errors[0].field").value("$"));
	}

	@Test
	void refusesUnknownFieldsNamingThem() throws Exception {
		mvc.perform(asAdmin(post("/api/v1/participants")).contentType(MediaType.APPLICATION_JSON)
			.content(participant("XA", "XAA", "900", "Xanadu") .replace("}", ",\"capital\":\"X\"}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("capital"));
	}

	@Test
	void participantsPageShowsAParticipantAddedAfterItWasLastShownInEachLanguage() throws Exception {
		for (String language : new String[] { "en", "fr" }) {
			mvc.perform(asAdmin(get("/participants?all=true&lang=" + language)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Zembla"))));
		}

		mvc.perform(asAdmin(post("/api/v1/participants")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"XZ\",\"iso3\":\"XZZ\",\"isoNumeric\":\"901\",\"kind\":\"STATE\",\"nameEn\":\"Zembla\",\"nameFr\":\"Zemblie\"}"))
			.andExpect(status().isCreated());

		mvc.perform(asAdmin(get("/participants?all=true&lang=en")))
			.andExpect(content().string(containsString("Zembla</a>")))
			.andExpect(content().string(containsString("href=\"/participants/XZ\"")));
		mvc.perform(asAdmin(get("/participants?all=true&lang=fr")))
			.andExpect(content().string(containsString("Zemblie</a>")));
		mvc.perform(asAdmin(get("/participants?lang=en")))
			.andExpect(content().string(not(containsString("Zembla"))));
	}

	@Test
	void refusesInvalidIsoCodesNamingTheField() throws Exception {
		mvc.perform(asAdmin(post("/api/v1/participants")).contentType(MediaType.APPLICATION_JSON).content(participant("XA", "X1", "900", "Xanadu")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("iso3"))
			.andExpect(jsonPath("$.errors[0].rule").value("iso3166"));
	}

	@Test
	void refusesStringsOverTheLimit() throws Exception {
		mvc.perform(asAdmin(post("/api/v1/participants")).contentType(MediaType.APPLICATION_JSON).content(participant("XA", "XAA", "900", "X".repeat(101))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("nameEn", "nameFr")));
	}

	@Test
	void refusesDuplicateIdentifiers() throws Exception {
		mvc.perform(asAdmin(post("/api/v1/participants")).contentType(MediaType.APPLICATION_JSON).content(participant("FR", "FRA", "250", "France")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
	}

	@Test
	void refusesClaimWithoutSourceAndWritesNothing() throws Exception {
		long before = ledgerSize();
		mvc.perform(asAdmin(post("/api/v1/claims")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\":\"unsourced\",\"subject\":\"FR\",\"predicate\":\"STANCE\",\"value\":\"x\",\"confidence\":\"LOW\",\"citations\":[]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("citations"));
		mvc.perform(asAdmin(post("/api/v1/claims")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\":\"unknown-source\",\"subject\":\"FR\",\"predicate\":\"STANCE\",\"value\":\"x\",\"confidence\":\"LOW\","
					+ "\"citations\":[{\"source\":\"nowhere.txt\",\"quote\":\"x\"}]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("citations.source"));
		mvc.perform(asAdmin(get("/api/v1/claims/unknown-source"))).andExpect(status().isNotFound());
		assertThat(ledgerSize()).isEqualTo(before);
	}

	@Test
	void refusesInvalidDatesNamingTheField() throws Exception {
		mvc.perform(asAdmin(post("/api/v1/meetings")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\":\"bad-date\",\"date\":\"2026-02-30\",\"place\":\"Paris\",\"format\":\"VIDEO\",\"level\":\"LEADERS\","
					+ "\"citations\":[{\"source\":\"public-record\",\"description\":\"test\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
	}

	@Test
	void recordsASourcedClaimInTheLedger() throws Exception {
		long before = ledgerSize();
		mvc.perform(asAdmin(post("/api/v1/claims")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\":\"stance-fr-test\",\"subject\":\"FR\",\"predicate\":\"STANCE\",\"value\":\"Favours a deterrent presence\","
					+ "\"confidence\":\"HIGH\",\"citations\":[{\"source\":\"public-record\",\"description\":\"Test statement\"}]}"))
			.andExpect(status().isCreated());
		mvc.perform(asAdmin(get("/api/v1/participants/FR"))).andExpect(jsonPath("$.claims[*].id", hasItem("stance-fr-test")));
		assertThat(ledgerSize()).isEqualTo(before + 1);
	}

	@Test
	void loadingTheBuiltInDatasetAgainChangesNothing() throws IOException {
		byte[] builtIn = new ClassPathResource("dataset/coalition.json").getContentAsByteArray();
		int claims = dataset.export("check").claims().size();
		long ledger = ledgerSize();
		ImportResult again = dataset.importFile(builtIn, Actor.SYSTEM);
		assertThat(again.alreadyImported()).isTrue();
		assertThat(again.version()).isEqualTo(new String(builtIn, java.nio.charset.StandardCharsets.UTF_8).replaceFirst("(?s).*?\"version\": \"([^\"]+)\".*", "$1"));
		assertThat(dataset.export("check").claims()).hasSize(claims);
		assertThat(ledgerSize()).isEqualTo(ledger);
	}

	@Test
	void refusesAnImportThatContradictsAStoredFactAndWritesNothing() throws IOException {
		String builtIn = new ClassPathResource("dataset/coalition.json").getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String contradicting = builtIn.replaceFirst("\"version\": \"[^\"]+\"", "\"version\": \"contradicting\"")
			.replace("\"nameEn\": \"France\"", "\"nameEn\": \"Frankreich\"")
			.replace("\"sources\": [", "\"sources\": [{\"id\": \"new-source\", \"title\": \"New\", \"language\": \"en\"},");
		org.junit.jupiter.api.Assertions.assertThrows(org.reassure.shared.Conflict.class,
				() -> dataset.importFile(contradicting.getBytes(java.nio.charset.StandardCharsets.UTF_8), Actor.SYSTEM));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM sources WHERE id = 'new-source'").query(Integer.class).single()).isZero();
	}

	private long ledgerSize() {
		return jdbc.sql("SELECT COUNT(*) FROM ledger_entries").query(Long.class).single();
	}

	private static String participant(String code, String iso3, String numeric, String name) {
		return "{\"code\":\"%s\",\"iso3\":\"%s\",\"isoNumeric\":\"%s\",\"kind\":\"STATE\",\"nameEn\":\"%s\",\"nameFr\":\"%s\"}".formatted(code, iso3, numeric, name, name);
	}

	private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic("admin", "admin-password-for-tests"));
	}
}
