package org.reassure.governance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;

import org.reassure.governance.Loaded;
import org.reassure.governance.Rulebook;
import org.reassure.governance.Statutes;
import org.reassure.governance.WeightTable;
import org.reassure.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the built-in statutes and weight tables on start, after the coalition data set. A file whose
 * content is already loaded changes nothing; an edited file becomes a new version.
 */
@Component
@Order(2)
class BuiltInRules implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BuiltInRules.class);

	private final Rulebook rulebook;
	private final JsonMapper json;
	private final Resource statutes;
	private final Resource[] weights;
	private final boolean enabled;

	BuiltInRules(Rulebook rulebook, JsonMapper json, @Value("${reassure.governance.statutes:classpath:governance/statutes.json}") Resource statutes,
			@Value("${reassure.governance.weights:classpath:governance/weights/*.json}") Resource[] weights,
			@Value("${reassure.governance.load-on-start:true}") boolean enabled) {
		this.rulebook = rulebook;
		this.json = json;
		this.statutes = statutes;
		this.weights = weights;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!enabled) {
			return;
		}
		Loaded<Statutes> adopted = rulebook.adopt(read(statutes, StatutesFile.class).toDocument(), Actor.SYSTEM);
		if (adopted.added()) {
			log.info("Statutes version {} in force ({})", adopted.version().version(), statutes.getFilename());
		}
		Resource[] files = weights.clone();
		Arrays.sort(files, Comparator.comparing(Resource::getFilename));
		for (Resource file : files) {
			Loaded<WeightTable> loaded = rulebook.load(read(file, WeightTableFile.class).toDraft(), Actor.SYSTEM);
			if (loaded.added()) {
				log.info("Weight table version {} loaded ({})", loaded.version().version(), file.getFilename());
			}
		}
	}

	private <T> T read(Resource file, Class<T> type) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return json.readValue(in, type);
		}
	}
}
