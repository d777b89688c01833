package org.reassure.guarantees.internal;

import java.util.List;

import org.reassure.guarantees.GuaranteesDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the built-in guarantees data after the coalition data set (its signatories and sources
 * must be known first). Loading it again changes nothing.
 */
@Component
@Order(2)
class BuiltInGuarantees implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BuiltInGuarantees.class);

	private final GuaranteesDataset dataset;
	private final boolean enabled;

	BuiltInGuarantees(GuaranteesDataset dataset, @Value("${reassure.dataset.load-on-start:true}") boolean enabled) {
		this.dataset = dataset;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled) {
			return;
		}
		List<String> added = dataset.loadBuiltIn();
		if (!added.isEmpty()) {
			log.info("Built-in guarantees data loaded: {}", added);
		}
	}
}
