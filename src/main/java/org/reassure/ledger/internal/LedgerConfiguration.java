package org.reassure.ledger.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the scheduler that signs tree heads on time.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class LedgerConfiguration {
}
