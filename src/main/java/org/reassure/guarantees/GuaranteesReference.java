package org.reassure.guarantees;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reassure.coalition.ReferenceItem;
import org.reassure.coalition.Source;
import org.springframework.stereotype.Service;

/**
 * The reference data the guarantee system's pages and API show: the five components (the
 * coalition registry's), the red lines, what the sources say about ratification, and the sources
 * a citation may name.
 */
@Service
public class GuaranteesReference {

	private final CoalitionChecks coalition;
	private final GuaranteesDataset dataset;

	GuaranteesReference(CoalitionChecks coalition, GuaranteesDataset dataset) {
		this.coalition = coalition;
		this.dataset = dataset;
	}

	public List<ReferenceItem> components() {
		return coalition.components();
	}

	/** The components by code, in their order. */
	public Map<String, ReferenceItem> componentsByCode() {
		Map<String, ReferenceItem> byCode = new LinkedHashMap<>();
		components().forEach(c -> byCode.put(c.code(), c));
		return byCode;
	}

	public List<RedLineReference> redLines() {
		return dataset.redLines();
	}

	public SourcedNote ratificationNote() {
		return dataset.ratificationNote();
	}

	public List<Source> sources() {
		return coalition.sources();
	}
}
