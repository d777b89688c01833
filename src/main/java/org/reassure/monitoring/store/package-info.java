/**
 * JDBC repositories of raw reports, batches, incidents and monitoring sources.
 */
package org.reassure.monitoring.store;
