/**
 * The ingest pipeline after parsing: bounded queue, group-committing writer, fusion in commit order, rebuild.
 */
package org.reassure.monitoring.pipeline;
