package org.reassure.coalition.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.reassure.coalition.Claim;
import org.reassure.coalition.CoalitionRegistry;
import org.reassure.coalition.ParticipantFilter;
import org.reassure.coalition.ParticipantKind;
import org.reassure.coalition.ParticipantProfile;
import org.reassure.coalition.Predicate;
import org.reassure.coalition.ReferenceItem;
import org.reassure.coalition.Standing;
import org.reassure.shared.NationCode;
import org.reassure.shared.NotFound;
import org.reassure.web.RenderedFragments;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The registry's pages: overview, participants, map, meetings, sources.
 */
@Controller
class CoalitionPages {

	private static final List<String> ROLES = List.of("CO_CHAIR", "TRIO_MEMBER", "HQ_HOST", "LEAD_NATION", "SUMMIT_CONVENOR");

	private final CoalitionRegistry registry;
	private final RenderedFragments fragments;

	CoalitionPages(CoalitionRegistry registry, RenderedFragments fragments) {
		this.registry = registry;
		this.fragments = fragments;
	}

	@GetMapping("/")
	String overview(Model model) {
		List<ParticipantProfile> everyone = registry.profiles(new ParticipantFilter(null, null, null, null, null, true));
		Map<Standing, Long> byStanding = new TreeMap<>(everyone.stream().collect(Collectors.groupingBy(ParticipantProfile::standing, Collectors.counting())));
		List<Claim> aboutCoalition = registry.claimsAbout(Claim.COALITION);
		model.addAttribute("byStanding", byStanding);
		model.addAttribute("memberCounts", only(aboutCoalition, Predicate.MEMBER_COUNT));
		model.addAttribute("foundings", only(aboutCoalition, Predicate.FOUNDED_ON));
		model.addAttribute("headquarters", registry.headquarters());
		model.addAttribute("meetings", registry.meetings());
		model.addAttribute("components", registry.reference().stream().filter(r -> r.category() == ReferenceItem.Category.GUARANTEE_COMPONENT).toList());
		model.addAttribute("reference", registry.reference());
		return "coalition/overview";
	}

	@GetMapping("/participants")
	String participants(@RequestParam(required = false) ParticipantKind kind, @RequestParam(required = false) Boolean eu,
			@RequestParam(required = false) Boolean nato, @RequestParam(required = false) String role,
			@RequestParam(required = false) Standing standing, @RequestParam(defaultValue = "false") boolean all, Locale locale, HttpServletRequest request, Model model) {
		String chosenRole = role == null || role.isBlank() ? null : role;
		ParticipantFilter filter = new ParticipantFilter(kind, eu, nato, chosenRole, standing, all);
		long revision = registry.revision();
		model.addAttribute("table", fragments.render("coalition/participants-table", "table", filter, revision, locale,
				() -> Map.of("profiles", registry.profiles(filter), "contextPath", request.getContextPath())));
		model.addAttribute("kinds", ParticipantKind.values());
		model.addAttribute("standings", Standing.values());
		model.addAttribute("roles", ROLES);
		model.addAttribute("filter", Map.of("kind", kind == null ? "" : kind.name(), "eu", eu == null ? "" : eu.toString(), "nato",
				nato == null ? "" : nato.toString(), "role", chosenRole == null ? "" : chosenRole, "standing", standing == null ? "" : standing.name(),
				"all", all));
		return "coalition/participants";
	}

	@GetMapping("/participants/{code}")
	String participant(@PathVariable String code, Model model) {
		ParticipantProfile profile = registry.profile(new NationCode(code)).orElseThrow(() -> new NotFound("participant", code));
		model.addAttribute("profile", profile);
		model.addAttribute("predicates", Arrays.stream(Predicate.values()).filter(p -> profile.claims().stream().anyMatch(c -> c.predicate() == p)).toList());
		return "coalition/participant";
	}

	@GetMapping("/map")
	String map(Model model) {
		model.addAttribute("standings", Standing.values());
		return "coalition/map";
	}

	@GetMapping("/meetings")
	String meetings(Model model) {
		model.addAttribute("meetings", registry.meetings());
		return "coalition/meetings";
	}

	@GetMapping("/sources")
	String sources(Model model) {
		model.addAttribute("uses", registry.sourceUses());
		return "coalition/sources";
	}

	private static List<Claim> only(List<Claim> claims, Predicate predicate) {
		return claims.stream().filter(c -> c.predicate() == predicate).toList();
	}
}
