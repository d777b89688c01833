package org.reassure.monitoring.alert;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.reassure.monitoring.BreachAlertRaised;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Test-only listener, picked up by component scanning in every test context: keeps each {@link BreachAlertRaised}
 * once its transaction commits, as another module acting on it (the guarantees module's breach review) would see it.
 */
@Component
public class RaisedAlerts {

    private final List<BreachAlertRaised> raised = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void on(BreachAlertRaised alert) {
        raised.add(alert);
    }

    public List<BreachAlertRaised> all() {
        return List.copyOf(raised);
    }
}
