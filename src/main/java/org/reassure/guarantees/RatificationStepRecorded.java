package org.reassure.guarantees;

/** Published when a step of a nation's ratification is recorded. */
public record RatificationStepRecorded(RatificationStep step, String by) {
}
