/**
 * Order-independent, incremental fusion of reports of one event into incidents.
 */
package org.reassure.monitoring.fusion;
