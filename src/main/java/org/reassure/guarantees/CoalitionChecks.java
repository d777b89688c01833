package org.reassure.guarantees;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.reassure.coalition.Citation;
import org.reassure.coalition.CoalitionRegistry;
import org.reassure.coalition.ReferenceItem;
import org.reassure.coalition.Source;
import org.reassure.shared.NationCode;
import org.reassure.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * What the guarantee system takes from the coalition registry: its participants, its sources and
 * the five guarantee components, and the checks that a command names only known ones.
 */
@Component
class CoalitionChecks {

	private final CoalitionRegistry registry;

	CoalitionChecks(CoalitionRegistry registry) {
		this.registry = registry;
	}

	/** The guarantee components in their order (MONITORING first). */
	List<ReferenceItem> components() {
		return registry.reference().stream().filter(r -> r.category() == ReferenceItem.Category.GUARANTEE_COMPONENT).toList();
	}

	List<String> componentCodes() {
		return components().stream().map(ReferenceItem::code).toList();
	}

	void requireComponent(String field, String code) {
		List<String> codes = componentCodes();
		if (!codes.contains(code)) {
			throw new RuleViolation(field, "known", "unknown guarantee component '" + code + "'; the components are " + codes);
		}
	}

	void requireParticipant(String field, NationCode nation) {
		if (!registry.knows(nation)) {
			throw new RuleViolation(field, "known", "unknown participant '" + nation + "'");
		}
	}

	void requireKnownSources(String field, Collection<Citation> citations) {
		Set<String> known = registry.sources().stream().map(s -> s.id().value()).collect(Collectors.toSet());
		citations.stream()
			.map(c -> c.source().value())
			.filter(s -> !known.contains(s))
			.findFirst()
			.ifPresent(s -> {
				throw new RuleViolation(field + ".source", "known", "unknown source '" + s + "'; known sources: " + new TreeSet<>(known));
			});
	}

	List<Source> sources() {
		return registry.sources();
	}
}
