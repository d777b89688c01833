package org.reassure.coalition.internal;

import java.io.IOException;
import java.io.InputStream;

import org.reassure.coalition.CoalitionDataset;
import org.reassure.coalition.ImportResult;
import org.reassure.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Loads the built-in data set on start. Loading it again changes nothing.
 */
@Component
@Order(1)
class BuiltInDataset implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BuiltInDataset.class);

	private final CoalitionDataset dataset;
	private final Resource file;
	private final boolean enabled;

	BuiltInDataset(CoalitionDataset dataset, @Value("${reassure.dataset.location:classpath:dataset/coalition.json}") Resource file,
			@Value("${reassure.dataset.load-on-start:true}") boolean enabled) {
		this.dataset = dataset;
		this.file = file;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!enabled) {
			return;
		}
		try (InputStream in = file.getInputStream()) {
			ImportResult result = dataset.importFile(in.readAllBytes(), Actor.SYSTEM);
			if (!result.alreadyImported()) {
				log.info("Built-in data set {} loaded: {} items added, {} already present", result.version(), result.added(), result.unchanged());
			}
		}
	}
}
