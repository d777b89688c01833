package org.reassure.guarantees;

/**
 * Published when a point of a peace plan is added or changes (status, a party's position, its red-line assessment).
 */
public record PeacePlanChanged(String plan, PlanPoint point) {
}
