/**
 * REST adapter: report ingest for sources, sources, incidents and batches for monitors.
 */
package org.reassure.monitoring.web;
