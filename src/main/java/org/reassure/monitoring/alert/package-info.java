/**
 * Sector alerts: thresholds of corroborated ceasefire violations per sector of the line, raised as
 * {@link org.reassure.monitoring.BreachAlertRaised} with their evidence, and acknowledged by monitors.
 */
package org.reassure.monitoring.alert;
