package org.reassure.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * Report ingest over HTTP as a sensor uses it: its own token, acknowledgement once stored, mixed batches kept in part,
 * bad input refused with problem+json naming the field, duplicates counted and stored once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IngestApiTest {

	private static final String PROBLEM = "application/problem+json";
	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private String source;
	private String token;

	@BeforeEach
	void registerSource() throws Exception {
		source = LiveReports.sourceId("acoustic");
		token = TestSources.register(mvc, source, "ACOUSTIC");
	}

	@Test
	void acknowledgesAReportOnceStoredAndFusesItIntoAnIncidentListedUnderItsId() throws Exception {
		String uid = LiveReports.uid();
		mvc.perform(asSource(post("/api/v1/monitoring/reports")).content(LiveReports.json(source, "ACOUSTIC", uid)))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.accepted").value(1))
			.andExpect(jsonPath("$.duplicates").value(0))
			.andExpect(jsonPath("$.rejected").isEmpty());
		assertThat(storedCount(uid)).isEqualTo(1);

		String incident = awaitIncidentOf(uid);
		mvc.perform(asMonitor(get("/api/v1/monitoring/incidents")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem(incident)))
			.andExpect(jsonPath("$[0].tags.sector").isNumber());
		mvc.perform(asMonitor(get("/api/v1/monitoring/incidents/" + incident)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.incident.id").value(incident))
			.andExpect(jsonPath("$.incident.tags.oblast").value("DONETSK"))
			.andExpect(jsonPath("$.reports[*].report.id.eventUid", hasItem(uid)))
			.andExpect(jsonPath("$.reports[0].leafHash", matchesPattern("[0-9a-f]{64}")))
			.andExpect(jsonPath("$.reports[0].tags.oblast").value("DONETSK"))
			.andExpect(jsonPath("$.reports[0].tags.zone").isString());
	}

	@Test
	void keepsTheGoodReportsOfAMixedBatchAndListsTheOthers() throws Exception {
		String good1 = LiveReports.uid();
		String good2 = LiveReports.uid();
		String batch = "[" + LiveReports.json(source, "ACOUSTIC", good1) + "," + LiveReports.json(source, "ACOUSTIC", LiveReports.uid(), 95, 37, LiveReports.now())
				+ "," + LiveReports.json("someone-else", "ACOUSTIC", LiveReports.uid()) + "," + LiveReports.json(source, "RADAR", LiveReports.uid()) + ","
				+ LiveReports.json(source, "ACOUSTIC", good2) + "]";
		mvc.perform(asSource(post("/api/v1/monitoring/reports")).content(batch))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.accepted").value(2))
			.andExpect(jsonPath("$.rejectedCount").value(3))
			.andExpect(jsonPath("$.rejected[0].position").value("item 1"))
			.andExpect(jsonPath("$.rejected[0].field").value("lat"))
			.andExpect(jsonPath("$.rejected[1].position").value("item 2"))
			.andExpect(jsonPath("$.rejected[1].field").value("sourceId"))
			.andExpect(jsonPath("$.rejected[2].field").value("sourceType"));
		assertThat(storedCount(good1) + storedCount(good2)).isEqualTo(2);
	}

	@Test
	void countsADuplicateAndStoresItOnce() throws Exception {
		String report = LiveReports.json(source, "ACOUSTIC", LiveReports.uid());
		mvc.perform(asSource(post("/api/v1/monitoring/reports")).content(report)).andExpect(jsonPath("$.duplicates").value(0));
		mvc.perform(asSource(post("/api/v1/monitoring/reports")).content("[" + report + "," + report + "]"))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.accepted").value(2))
			.andExpect(jsonPath("$.duplicates").value(2));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM monitoring_reports WHERE source_id = ?").param(source).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void refusesReportsWithoutAValidSourceToken() throws Exception {
		mvc.perform(post("/api/v1/monitoring/reports").header("Authorization", "Source rsm_forged").content(LiveReports.json(source, "ACOUSTIC", "x")))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Source")))
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		mvc.perform(post("/api/v1/monitoring/reports").with(httpBasic("admin", "admin-password-for-tests"))
			.content(LiveReports.json(source, "ACOUSTIC", "x"))).andExpect(status().isUnauthorized());
	}

	@Test
	void refusesAnEntirelyBadBatchNamingTheFields() throws Exception {
		String tooLate = LiveReports.json(source, "ACOUSTIC", LiveReports.uid(), SampleReports.LAT, SampleReports.LON, Instant.now().plus(Duration.ofHours(2)));
		String unknownCategory = LiveReports.json(source, "ACOUSTIC", LiveReports.uid()).replace("EXPLOSION_IMPACT", "SHELLING");
		mvc.perform(asSource(post("/api/v1/monitoring/reports")).content("[" + tooLate + "," + unknownCategory + "]"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.errors[0].field").value("observedAt"))
			.andExpect(jsonPath("$.errors[1].field").value("category"))
			.andExpect(jsonPath("$.rejected[1].position").value("item 1"));
		mvc.perform(asSource(post("/api/v1/monitoring/reports")).content("[{\"sourceId\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("$"));
		mvc.perform(asSource(post("/api/v1/monitoring/reports")).content("[]")).andExpect(status().isBadRequest());
	}

	@Test
	void refusesXmlBombsAndExternalEntitiesOnCursorOnTarget() throws Exception {
		String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><event>&lol2;</event>";
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><event uid=\"&x;\"/>";
		for (String document : new String[] { bomb, xxe }) {
			mvc.perform(asSource(post("/api/v1/monitoring/reports/cot")).contentType(MediaType.APPLICATION_XML).content(document))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.rejected[0].reason", containsString("DOCTYPE")));
		}
		String good = LiveReports.uid();
		mvc.perform(asSource(post("/api/v1/monitoring/reports/cot")).content(LiveReports.cot(source, "ACOUSTIC", good) + LiveReports.cot(source, "ACOUSTIC", LiveReports.uid())))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.accepted").value(2));
		assertThat(storedCount(good)).isEqualTo(1);
	}

	@Test
	void takesCsvAndGeoJsonUploadsKeepingTheGoodRows() throws Exception {
		Instant now = LiveReports.now();
		String csv = "sourceId,sourceType,eventUid,observedAt,lat,lon,accuracyM,category,confidence\n"
				+ source + ",ACOUSTIC," + LiveReports.uid() + "," + now + ",48.25,37.0,150,EXPLOSION_IMPACT,0.7\n"
				+ source + ",ACOUSTIC," + LiveReports.uid() + "," + now + ",48.25,NaN,150,EXPLOSION_IMPACT,0.7\n";
		mvc.perform(asSource(post("/api/v1/monitoring/uploads/csv")).contentType("text/csv").content(csv))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.accepted").value(1))
			.andExpect(jsonPath("$.rejected[0].position").value("line 3"))
			.andExpect(jsonPath("$.rejected[0].field").value("lon"));
		String geojson = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[37.0,48.25]},"
				+ "\"properties\":{\"sourceId\":\"" + source + "\",\"sourceType\":\"ACOUSTIC\",\"eventUid\":\"" + LiveReports.uid() + "\",\"observedAt\":\"" + now
				+ "\",\"accuracyM\":150,\"category\":\"FLARE\",\"confidence\":0.6}}]}";
		mvc.perform(asSource(post("/api/v1/monitoring/uploads/geojson")).content(geojson))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.accepted").value(1));
		mvc.perform(asSource(post("/api/v1/monitoring/uploads/csv")).content("just,a,header\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("header"));
	}

	@Test
	void refusesABodyOverTheLimitWith413() throws Exception {
		byte[] huge = new byte[17 * 1024 * 1024];
		Arrays.fill(huge, (byte) ' ');
		huge[0] = '[';
		mvc.perform(asSource(post("/api/v1/monitoring/reports")).content(huge))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
	}

	@Test
	void registersSourcesForMonitorsOnlyAndShowsTheTokenOnce() throws Exception {
		String id = LiveReports.sourceId("radar");
		String body = mvc.perform(asMonitor(post("/api/v1/monitoring/sources")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\":\"" + id + "\",\"name\":\"Radar\",\"sourceType\":\"RADAR\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JSON.readTree(body).path("token").asString()).startsWith("rsm_");
		mvc.perform(asMonitor(get("/api/v1/monitoring/sources"))).andExpect(jsonPath("$[?(@.id == '" + id + "')].token").isEmpty());
		mvc.perform(asMonitor(post("/api/v1/monitoring/sources")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\":\"" + id + "\",\"name\":\"Radar\",\"sourceType\":\"RADAR\"}")).andExpect(status().isConflict());
		mvc.perform(asMonitor(post("/api/v1/monitoring/sources")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\":\"bad id\",\"name\":\"Radar\",\"sourceType\":\"RADAR\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
	}

	@Test
	void aRevokedSourceCanNoLongerSend() throws Exception {
		mvc.perform(asMonitor(delete("/api/v1/monitoring/sources/" + source)))
			.andExpect(status().isNoContent());
		mvc.perform(asSource(post("/api/v1/monitoring/reports")).content(LiveReports.json(source, "ACOUSTIC", LiveReports.uid())))
			.andExpect(status().isUnauthorized());
	}

	private String awaitIncidentOf(String uid) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		String seq = jdbc.sql("SELECT seq FROM monitoring_reports WHERE source_id = ? AND event_uid = ?").params(source, uid).query(String.class).single();
		while (System.nanoTime() < deadline) {
			var incident = jdbc.sql("SELECT id, report_seqs FROM monitoring_incidents")
				.query((rs, n) -> List.of(rs.getString(2).split(",")).contains(seq) ? rs.getString(1) : null)
				.stream()
				.filter(Objects::nonNull)
				.findFirst();
			if (incident.isPresent()) {
				return incident.get();
			}
			Thread.sleep(20);
		}
		throw new AssertionError("no incident for report " + uid + " within 10 s");
	}

	private long storedCount(String uid) {
		return jdbc.sql("SELECT COUNT(*) FROM monitoring_reports WHERE source_id = ? AND event_uid = ?").params(source, uid).query(Long.class).single();
	}

	private MockHttpServletRequestBuilder asSource(MockHttpServletRequestBuilder request) {
		return request.header("Authorization", "Source " + token).contentType(MediaType.APPLICATION_JSON);
	}

	private static MockHttpServletRequestBuilder asMonitor(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic("admin", "admin-password-for-tests"));
	}
}
