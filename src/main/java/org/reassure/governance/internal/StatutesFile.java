package org.reassure.governance.internal;

import java.util.List;
import java.util.Set;

import org.reassure.coalition.ParticipantKind;
import org.reassure.coalition.Standing;
import org.reassure.governance.Share;
import org.reassure.governance.StatuteArticle;
import org.reassure.governance.StatuteParameters;
import org.reassure.governance.StatutesDocument;
import org.reassure.shared.RuleViolation;

/**
 * The statutes file format (src/main/resources/governance/statutes.json), also how a version is
 * stored. Shares are written "55%" or "1/3".
 */
public record StatutesFile(String titleEn, String titleFr, Parameters parameters, List<Article> articles) {

	public record Parameters(String qualifiedMajorityMembers, String qualifiedMajorityWeight, String blockingMembers, String blockingWeight,
			Integer optInMinimum, Set<ParticipantKind> electorateKinds, Set<Standing> electorateStandings) {

		StatuteParameters toParameters() {
			return new StatuteParameters(share("qualifiedMajorityMembers", qualifiedMajorityMembers), share("qualifiedMajorityWeight", qualifiedMajorityWeight),
					share("blockingMembers", blockingMembers), share("blockingWeight", blockingWeight), optInMinimum == null ? 1 : optInMinimum,
					electorateKinds, electorateStandings);
		}

		static Parameters of(StatuteParameters p) {
			return new Parameters(p.qualifiedMajorityMembers().text(), p.qualifiedMajorityWeight().text(), p.blockingMembers().text(),
					p.blockingWeight().text(), p.optInMinimum(), p.electorateKinds(), p.electorateStandings());
		}

		private static Share share(String field, String text) {
			try {
				return Share.parse(text);
			}
			catch (RuleViolation e) {
				throw new RuleViolation("parameters." + field, e.rule(), e.getMessage());
			}
		}
	}

	public record Article(String code, StatuteArticle.Origin origin, String titleEn, String titleFr, String textEn, String textFr,
			List<CitationEntry> citations) {

		StatuteArticle toArticle() {
			return new StatuteArticle(code, origin, titleEn, titleFr, textEn, textFr,
					citations == null ? List.of() : citations.stream().map(CitationEntry::toCitation).toList());
		}

		static Article of(StatuteArticle a) {
			return new Article(a.code(), a.origin(), a.titleEn(), a.titleFr(), a.textEn(), a.textFr(), a.citations().stream().map(CitationEntry::of).toList());
		}
	}

	public StatutesDocument toDocument() {
		if (parameters == null) {
			throw new RuleViolation("parameters", "required", "the statutes fix their parameters");
		}
		return new StatutesDocument(titleEn, titleFr, parameters.toParameters(), articles == null ? null : articles.stream().map(Article::toArticle).toList());
	}

	public static StatutesFile of(StatutesDocument document) {
		return new StatutesFile(document.titleEn(), document.titleFr(), Parameters.of(document.parameters()),
				document.articles().stream().map(Article::of).toList());
	}
}
