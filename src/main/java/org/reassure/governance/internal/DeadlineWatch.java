package org.reassure.governance.internal;

import org.reassure.governance.Governance;
import org.reassure.governance.ProposalId;
import org.reassure.shared.Conflict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Records the outcome of every proposal whose deadline has passed. Several instances may run it:
 * the outcome is recorded once, by whichever gets there first. Off in command-line runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "reassure.listeners.enabled", havingValue = "true", matchIfMissing = true)
class DeadlineWatch {

	private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

	private final Governance governance;

	DeadlineWatch(Governance governance) {
		this.governance = governance;
	}

	@Scheduled(fixedDelayString = "${reassure.governance.decide-every:PT30S}", initialDelayString = "${reassure.governance.decide-every:PT30S}")
	void decideDue() {
		for (ProposalId id : governance.due()) {
			try {
				governance.decide(id).ifPresent(d -> log.info("Proposal {} decided: {}", id, d.outcome()));
			}
			catch (Conflict e) {
				log.debug("Proposal {} was decided meanwhile: {}", id, e.getMessage());
			}
		}
	}
}
