package org.reassure.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.reassure.coalition.Citation;
import org.reassure.coalition.ParticipantKind;
import org.reassure.coalition.Standing;
import org.reassure.governance.internal.StatutesFile;
import org.reassure.governance.internal.WeightTableFile;

import tools.jackson.databind.json.JsonMapper;

/**
 * The statutes and weight table shipped in the jar: sourced articles quote their seed verbatim,
 * platform rules are labelled as such, and the figures in the words are the figures in force.
 */
class BuiltInStatutesTest {

	private static final Path SEEDS = Path.of("..", "shared", "seeds");
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static <T> T read(String resource, Class<T> type) throws IOException {
		try (InputStream in = BuiltInStatutesTest.class.getResourceAsStream(resource)) {
			return JSON.readValue(in, type);
		}
	}

	private static StatutesDocument statutes() throws IOException {
		return read("/governance/statutes.json", StatutesFile.class).toDocument();
	}

	@Test
	void sourcedArticlesQuoteTheirSeedVerbatim() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(SEEDS), "seed folder not present: " + SEEDS.toAbsolutePath());
		List<String> failures = new ArrayList<>();
		for (StatuteArticle article : statutes().articles()) {
			for (Citation citation : article.citations()) {
				if (citation.source().isPublicRecord()) {
					continue;
				}
				String seed = Files.readString(SEEDS.resolve(citation.source().value()), StandardCharsets.UTF_8);
				if (!seed.contains(citation.quote())) {
					failures.add(article.code() + ": " + citation.quote());
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void mostRulesAreThePlatformsOwnAndOnlyTheNeedIsAttributedToTheSources() throws IOException {
		StatutesDocument statutes = statutes();

		assertThat(statutes.articles()).filteredOn(a -> a.origin() == StatuteArticle.Origin.SOURCES)
			.extracting(StatuteArticle::code)
			.containsExactly("PURPOSE", "OUTSIDE_THE_TREATIES");
		assertThat(statutes.articles()).filteredOn(a -> a.origin() == StatuteArticle.Origin.PLATFORM)
			.allSatisfy(a -> assertThat(a.citations()).allMatch(c -> c.source().isPublicRecord()));
	}

	@Test
	void theWordsStateTheFiguresInForce() throws IOException {
		StatutesDocument statutes = statutes();
		StatuteArticle majority = statutes.articles().stream().filter(a -> a.code().equals("QUALIFIED_MAJORITY")).findFirst().orElseThrow();
		StatuteArticle unanimity = statutes.articles().stream().filter(a -> a.code().equals("UNANIMITY")).findFirst().orElseThrow();

		assertThat(statutes.text(majority, Locale.ENGLISH)).contains("at least 55 % of the electorate and represent at least 65 % of its weight");
		assertThat(statutes.text(majority, Locale.FRENCH)).contains("au moins 55 % du corps électoral");
		assertThat(statutes.text(unanimity, Locale.ENGLISH)).contains("at least 33.33 % of the electorate");
		assertThat(statutes.articles()).allSatisfy(a -> assertThat(statutes.text(a, Locale.FRENCH)).doesNotContain("{"));
		assertThat(statutes.parameters().electorateKinds()).containsExactly(ParticipantKind.STATE);
		assertThat(statutes.parameters().electorateStandings()).containsExactlyInAnyOrder(Standing.MEMBER, Standing.DISPUTED);
	}

	@Test
	void theWeightTableIsPublicRecordPopulation() throws IOException {
		WeightTableDraft population = read("/governance/weights/population-2024.json", WeightTableFile.class).toDraft();

		assertThat(population.basis()).isEqualTo(WeightBasis.POPULATION);
		assertThat(population.source().source().isPublicRecord()).isTrue();
		assertThat(population.byCode()).containsKeys("FR", "DE", "GB", "PL", "IT", "CA", "TR", "JP", "AU", "NO");
	}
}
