/**
 * Secure parsers that turn Cursor-on-Target, JSON, CSV and GeoJSON input into reports and counted rejections.
 */
package org.reassure.monitoring.ingest;
