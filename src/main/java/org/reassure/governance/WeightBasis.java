package org.reassure.governance;

/**
 * What a weight table measures: each participant's population, or its contribution.
 */
public enum WeightBasis {
	POPULATION(new Explanation("of the population", "de la population")), CONTRIBUTION(new Explanation("of the contributions", "des contributions"));

	private final Explanation ofWhole;

	WeightBasis(Explanation ofWhole) {
		this.ofWhole = ofWhole;
	}

	/** How a share of the total reads: "of the population". */
	public Explanation ofWhole() {
		return ofWhole;
	}
}
