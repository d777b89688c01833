package org.reassure.monitoring;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A report of an incident with where it lies. The tags are computed when the report is read, against the geo context
 * in force then, as the incident's are: a report stores only what it said.
 */
public record IncidentReport(@JsonUnwrapped StoredReport stored, GeoTags tags) {

	public IncidentReport {
		FieldRules.present("stored", stored);
		FieldRules.present("tags", tags);
	}

	static IncidentReport tagged(StoredReport stored, GeoTagger tagger) {
		Position position = stored.report().position();
		return new IncidentReport(stored, tagger.tag(position.lat(), position.lon()));
	}
}
