package org.reassure.monitoring.view;

/**
 * The live feed has as many subscribers as it takes; the client should try again later.
 */
public class LiveFeedFull extends RuntimeException {

    LiveFeedFull(int subscribers) {
        super("the live feed already serves " + subscribers + " clients; try again later");
    }
}
