package org.reassure.coalition;

import java.time.LocalDate;
import java.util.List;

import org.reassure.shared.RuleViolation;

/**
 * One seat in the rotation of the coalition's headquarters (Paris for the first year, then
 * London), or its coordination cell, which does not rotate ({@code order} null).
 */
public record Headquarters(String id, String city, String host, LocalDate from, LocalDate until, Integer rotationMonths, Integer order,
		String noteEn, String noteFr, List<Citation> citations) {

	public Headquarters {
		if (city == null || city.isBlank()) {
			throw new RuleViolation("city", "required", "a headquarters needs a city");
		}
		if (citations == null || citations.isEmpty()) {
			throw new RuleViolation("citations", "sourced", "every headquarters fact needs at least one citation");
		}
		citations = List.copyOf(citations);
	}
}
