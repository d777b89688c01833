package org.reassure.guarantees;

/** Published when a nation's constitutional route is documented or corrected. */
public record RatificationRouteDocumented(RatificationRoute route, String by) {
}
