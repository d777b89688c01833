package org.reassure.monitoring;

import java.time.Instant;
import java.util.Optional;

/**
 * The sector alerts monitoring has stored, for modules that act on them after a restart: an alert's event lives in
 * memory after its commit, so a listener that died with the process learns of the alert here.
 */
public interface BreachAlerts {

    /** The oldest alert raised strictly after this instant, as it was published. */
    Optional<BreachAlertRaised> firstRaisedAfter(Instant instant);
}
