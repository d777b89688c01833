package org.reassure.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.reassure.guarantees.Callers.get;
import static org.reassure.guarantees.Callers.liaison;
import static org.reassure.guarantees.Callers.patch;
import static org.reassure.guarantees.Callers.post;
import static org.reassure.guarantees.Callers.staff;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reassure.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * The declarations and the peace plan through the API: seeded with their citations, the share
 * agreed computed from the points, points crossing a red line flagged.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeclarationsAndPeacePlanApiTest {

	static final String PLAN = "/api/v1/guarantees/peace-plans/peace-plan";

	@Autowired
	MockMvc mvc;

	@Test
	void theDeclarationsAreSeededWithTheirCitationsAndSayWhatTheSourcesDoNot() throws Exception {
		mvc.perform(get("/api/v1/guarantees/declarations/paris-declaration-2026-01-06").with(staff(Role.VIEWER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2026-01-06"))
			.andExpect(jsonPath("$.components.length()").value(5))
			.andExpect(jsonPath("$.signatories.length()").value(0))
			.andExpect(jsonPath("$.signatoriesNoteEn").isNotEmpty())
			.andExpect(jsonPath("$.citations[1].source").value("002_5ee612add12d3443.txt"));
		mvc.perform(get("/api/v1/guarantees/declarations/fr-gb-ua-declaration-of-intent-2026-01-06").with(staff(Role.VIEWER)))
			.andExpect(jsonPath("$.components[0].code").value("MULTINATIONAL_FORCE"))
			.andExpect(jsonPath("$.signatories[*].nation", hasItem("UA")));
	}

	@Test
	void theSecretariatRecordsADeclarationOnlyWithKnownComponentsAndCitations() throws Exception {
		String declaration = """
				{"id":"test-declaration","date":"2026-02-01","place":"London","titleEn":"Test","titleFr":"Test","summaryEn":"A test.","summaryFr":"Un test.",
				 "components":[{"code":"%s","citations":[{"source":"public-record","description":"test"}]}],
				 "signatories":[{"nation":"GB","signedOn":"2026-02-01","citations":[{"source":"public-record","description":"test"}]}],
				 "citations":%s}""";
		String cited = "[{\"source\":\"public-record\",\"description\":\"test\"}]";
		mvc.perform(post("/api/v1/guarantees/declarations", declaration.formatted("AIR_SUPERIORITY", cited)).with(staff(Role.SECRETARIAT)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("components.code"));
		mvc.perform(post("/api/v1/guarantees/declarations", declaration.formatted("MONITORING", "[]")).with(staff(Role.SECRETARIAT)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("citations"));
		mvc.perform(post("/api/v1/guarantees/declarations", declaration.formatted("MONITORING", cited)).with(staff(Role.SECRETARIAT)))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/guarantees/declarations", declaration.formatted("MONITORING", cited)).with(staff(Role.SECRETARIAT)))
			.andExpect(status().isConflict());
	}

	@Test
	void thePlanShowsTheShareAgreedAndFlagsPointsCrossingARedLine() throws Exception {
		mvc.perform(get(PLAN).with(staff(Role.VIEWER)))
			.andExpect(jsonPath("$.plan.reported[0].statementEn").value(containsString("90 % agreed on 100 % of the plan")))
			.andExpect(jsonPath("$.plan.reported[0].citations[0].source").value("002_5ee612add12d3443.txt"));
		mvc.perform(post(PLAN + "/points", "{\"title\":\"Ceasefire along the line of contact\"}").with(liaison("UA"))).andExpect(status().isForbidden());
		int first = addPoint("Ceasefire along the line of contact");
		int second = addPoint("Recognition of occupied territories");
		mvc.perform(patch(PLAN + "/points/" + first, "{\"status\":\"AGREED\",\"positions\":{\"UA\":\"ACCEPTS\",\"RU\":\"ACCEPTS\"}}").with(staff(Role.SECRETARIAT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.positions.RU").value("ACCEPTS"));
		mvc.perform(patch(PLAN + "/points/" + second, "{\"positions\":{\"US\":\"ACCEPTS\"}}").with(staff(Role.SECRETARIAT)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("party"));
		mvc.perform(patch(PLAN + "/points/" + second, "{\"redLines\":{\"NO_RECOGNISED_TERRITORIAL_CONCESSION\":\"CROSSES\"}}").with(staff(Role.SECRETARIAT)))
			.andExpect(status().isOk());
		String plan = mvc.perform(get(PLAN).with(staff(Role.VIEWER)))
			.andExpect(jsonPath("$.pointsCrossingRedLines", hasItem(second)))
			.andReturn().getResponse().getContentAsString();
		List<String> statuses = JsonPath.read(plan, "$.plan.points[*].status");
		long agreed = statuses.stream().filter("AGREED"::equals).count();
		assertThat((Integer) JsonPath.read(plan, "$.agreedPercent")).isEqualTo((int) (agreed * 100 / statuses.size())).isPositive();
	}

	private int addPoint(String title) throws Exception {
		String point = mvc.perform(post(PLAN + "/points", "{\"title\":\"" + title + "\"}").with(staff(Role.SECRETARIAT)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(point, "$.number");
	}
}
