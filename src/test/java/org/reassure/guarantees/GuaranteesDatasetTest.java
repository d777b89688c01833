package org.reassure.guarantees;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the built-in guarantees data ({@code guarantees/guarantees.json}) against its sources:
 * every fact cites a known source, every seed quote is verbatim and short, nothing the sources do
 * not say is stated as fact.
 */
class GuaranteesDatasetTest {

	private static final Path SEEDS = Path.of("..", "shared", "seeds");
	private static final String PUBLIC_RECORD = "public-record";

	private static JsonNode data;
	private static Set<String> knownSources;

	@BeforeAll
	static void load() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		try (InputStream in = GuaranteesDatasetTest.class.getResourceAsStream("/guarantees/guarantees.json");
				InputStream coalition = GuaranteesDatasetTest.class.getResourceAsStream("/dataset/coalition.json")) {
			data = json.readTree(in);
			knownSources = new HashSet<>();
			json.readTree(coalition).path("sources").values().forEach(s -> knownSources.add(s.path("id").stringValue()));
		}
	}

	@Test
	void everySeedQuoteAppearsVerbatimInItsSeed() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(SEEDS), "seed folder not present: " + SEEDS.toAbsolutePath());
		List<String> failures = new ArrayList<>();
		int checked = 0;
		for (Map.Entry<String, JsonNode> cited : citations().entrySet()) {
			JsonNode citation = cited.getValue();
			String source = citation.path("source").stringValue();
			if (PUBLIC_RECORD.equals(source)) {
				continue;
			}
			Path file = SEEDS.resolve(source);
			String quote = citation.path("quote").stringValue();
			checked++;
			if (!Files.isRegularFile(file) || quote == null || !Files.readString(file, StandardCharsets.UTF_8).contains(quote)) {
				failures.add(cited.getKey() + ": not verbatim in " + source + ": \"" + quote + "\"");
			}
		}
		assertThat(checked).as("seed citations checked").isGreaterThan(10);
		assertThat(failures).isEmpty();
	}

	@Test
	void everyCitationNamesAKnownSourceWithAShortQuoteOrADescription() {
		List<String> failures = new ArrayList<>();
		citations().forEach((where, citation) -> {
			String source = citation.path("source").stringValue();
			if (!knownSources.contains(source)) {
				failures.add(where + ": unknown source " + source);
			}
			else if (PUBLIC_RECORD.equals(source) && citation.path("description").stringValue() == null) {
				failures.add(where + ": public record without a description");
			}
			else if (!PUBLIC_RECORD.equals(source) && (citation.path("quote").stringValue() == null || citation.path("quote").stringValue().length() > 200)) {
				failures.add(where + ": a seed quote is 1 to 200 characters");
			}
		});
		assertThat(failures).isEmpty();
	}

	@Test
	void everyFactIsCited() {
		for (JsonNode declaration : data.path("declarations").values()) {
			assertThat(declaration.path("citations").size()).as(declaration.path("id").stringValue()).isPositive();
			declaration.path("components").values().forEach(c -> assertThat(c.path("citations").size()).isPositive());
			declaration.path("signatories").values().forEach(s -> assertThat(s.path("citations").size()).isPositive());
		}
		data.path("redLines").values().forEach(r -> assertThat(r.path("citations").size()).as(r.path("line").stringValue()).isPositive());
		assertThat(data.path("redLines").size()).isEqualTo(RedLine.values().length);
	}

	@Test
	void saysWhereTheSourcesAreSilentInsteadOfGuessing() {
		JsonNode paris = declaration("paris-declaration-2026-01-06");
		assertThat(paris.path("signatories").size()).as("the sources list no signatory of the Paris Declaration").isZero();
		assertThat(paris.path("signatoriesNoteEn").stringValue()).contains("do not list");
		assertThat(paris.path("components").size()).isEqualTo(5);
		assertThat(data.path("ratification").path("routes").size()).as("no source documents a national route").isZero();
		assertThat(data.path("peacePlans").get(0).path("pointsNoteEn").stringValue()).contains("do not list");
	}

	@Test
	void citesTheNinetyPercentFigureFromItsSeed() {
		JsonNode reported = data.path("peacePlans").get(0).path("reported").get(0);
		assertThat(reported.path("citations").get(0).path("quote").stringValue()).contains("90 % d’accord sur 100 % du plan");
		assertThat(reported.path("statementEn").stringValue()).contains("90 % agreed on 100 % of the plan");
	}

	private static JsonNode declaration(String id) {
		for (JsonNode d : data.path("declarations").values()) {
			if (id.equals(d.path("id").stringValue())) {
				return d;
			}
		}
		throw new AssertionError("no declaration " + id);
	}

	/** Every citation in the file, keyed by where it is. */
	private static Map<String, JsonNode> citations() {
		Map<String, JsonNode> found = new LinkedHashMap<>();
		collect("$", data, found);
		return found;
	}

	private static void collect(String path, JsonNode node, Map<String, JsonNode> found) {
		if (node.isArray()) {
			int i = 0;
			for (JsonNode item : node.values()) {
				collect(path + "[" + i++ + "]", item, found);
			}
		}
		else if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				if (field.getKey().equals("citations")) {
					int i = 0;
					for (JsonNode citation : field.getValue().values()) {
						found.put(path + ".citations[" + i++ + "]", citation);
					}
				}
				else {
					collect(path + "." + field.getKey(), field.getValue(), found);
				}
			}
		}
	}
}
