/**
 * Ceasefire monitoring: reports from sensors and observers, their geographic context, and their fusion into incidents.
 */
package org.reassure.monitoring;
