/**
 * Network ingest: Cursor-on-Target over TCP and TLS, and an MQTT subscription.
 */
package org.reassure.monitoring.listener;
