package org.reassure.guarantees;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.reassure.guarantees.Callers.liaison;
import static org.reassure.guarantees.Callers.staff;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.reassure.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The guarantee pages render in English and French for each kind of reader, and their forms
 * write through the same rules as the API, returning a refusal to the page that sent it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GuaranteesPagesTest {

	static final String[] PAGES = { "/guarantees", "/guarantees/ratification", "/guarantees/ratification/FR", "/guarantees/declarations",
			"/guarantees/peace-plans" };

	@Autowired
	MockMvc mvc;

	@Test
	void everyPageRendersInEnglishAndFrenchForEveryKindOfReader() throws Exception {
		for (RequestPostProcessor reader : new RequestPostProcessor[] { staff(Role.SECRETARIAT), staff(Role.VIEWER), liaison("FR") }) {
			for (String page : PAGES) {
				for (String lang : new String[] { "en", "fr" }) {
					mvc.perform(MockMvcRequestBuilders.get(page).param("lang", lang).accept(MediaType.TEXT_HTML).with(reader))
						.andExpect(status().isOk());
				}
			}
		}
		mvc.perform(MockMvcRequestBuilders.get("/guarantees/commitments").param("lang", "fr").with(liaison("FR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enregistrer un engagement de FR")));
		mvc.perform(MockMvcRequestBuilders.get("/guarantees/declarations").with(staff(Role.VIEWER)))
			.andExpect(content().string(containsString("The sources do not list the signatories")))
			.andExpect(content().string(containsString("Emmanuel Macron a reçu Volodymyr Zelensky")));
	}

	@Test
	void theReadinessTableCountsANewCommitmentUnderItsComponent() throws Exception {
		mvc.perform(MockMvcRequestBuilders.post("/guarantees/commitments").with(csrf()).with(liaison("IE"))
			.param("component", "DEFENCE_COOPERATION").param("kind", "TRAINING").param("quantity", "40").param("unit", "PERSONNEL")
			.param("startsOn", "2026-03-01"))
			.andExpect(flash().attributeExists("notice"));
		mvc.perform(MockMvcRequestBuilders.get("/guarantees/ratification").with(staff(Role.VIEWER)))
			.andExpect(content().string(containsString("<th>Deeper long-term defence cooperation with Ukraine</th>")))
			.andExpect(content().string(matchesPattern("(?s).*data-nation=\"IE\">.*?<td class=\"cell\"><span class=\"ready\">0</span> / <span class=\"pending\">1</span></td>\\s*<td><span class=\"totals\"><b>0</b> commitments</span>.*")));
	}

	@Test
	void aRefusedFormReturnsToItsPageWithTheReason() throws Exception {
		mvc.perform(MockMvcRequestBuilders.post("/guarantees/commitments").with(csrf()).with(liaison("DK"))
			.param("component", "MONITORING").param("kind", "ISR").param("quantity", "-2").param("unit", "DRONES").param("startsOn", "2026-03-01"))
			.andExpect(redirectedUrl("/guarantees/commitments"))
			.andExpect(flash().attribute("error", containsString("quantity")));
		mvc.perform(MockMvcRequestBuilders.post("/guarantees/activation/attack-determination").with(csrf()).with(staff(Role.COMMISSION))
			.param("reason", "attack").param("consultationHours", "72"))
			.andExpect(redirectedUrl("/guarantees"))
			.andExpect(flash().attribute("error", containsString("state")));
	}

	@Test
	void theSecretariatTagsAPointAgainstTheRedLinesAndThePageFlagsIt() throws Exception {
		mvc.perform(MockMvcRequestBuilders.post("/guarantees/peace-plans/peace-plan/points").with(csrf()).with(staff(Role.SECRETARIAT))
			.param("title", "Recognition of the line of contact as a border"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("notice"));
		mvc.perform(MockMvcRequestBuilders.post("/guarantees/peace-plans/peace-plan/points/1").with(csrf()).with(staff(Role.SECRETARIAT))
			.param("status", "OPEN").param("position-UA", "REJECTS").param("redline-NO_RECOGNISED_TERRITORIAL_CONCESSION", "CROSSES"))
			.andExpect(flash().attributeExists("notice"));
		mvc.perform(MockMvcRequestBuilders.get("/guarantees/peace-plans").with(staff(Role.VIEWER)))
			.andExpect(content().string(containsString("Crosses a red line")))
			.andExpect(content().string(containsString("90 % agreed on 100 % of the plan")));
	}

	@Test
	void aLiaisonDocumentsItsRouteAndAStepFromThePage() throws Exception {
		mvc.perform(MockMvcRequestBuilders.post("/guarantees/ratification/DK/route").with(csrf()).with(liaison("DK"))
			.param("documented", "true").param("parliamentVote", "true").param("chambers", "Folketing").param("source", "public-record")
			.param("description", "Constitution of Denmark, as published"))
			.andExpect(redirectedUrl("/guarantees/ratification/DK"))
			.andExpect(flash().attributeExists("notice"));
		mvc.perform(MockMvcRequestBuilders.post("/guarantees/ratification/DK/steps").with(csrf()).with(liaison("DK"))
			.param("date", "2026-05-01").param("kind", "CHAMBER_VOTE").param("chamber", "Folketing").param("outcome", "APPROVED")
			.param("description", "Vote on the contribution").param("source", "public-record").param("citationDescription", "Minutes of the sitting"))
			.andExpect(flash().attributeExists("notice"));
		mvc.perform(MockMvcRequestBuilders.post("/guarantees/ratification/SE/route").with(csrf()).with(liaison("DK")).param("documented", "false"))
			.andExpect(flash().attribute("error", containsString("nation")));
		mvc.perform(MockMvcRequestBuilders.get("/guarantees/ratification/DK").with(staff(Role.VIEWER)))
			.andExpect(content().string(containsString("Folketing")))
			.andExpect(content().string(containsString("Minutes of the sitting")));
	}
}
