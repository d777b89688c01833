/**
 * In-memory geographic context (line of contact, oblasts, hubs) that tags positions with oblast, side, zone and sector.
 */
package org.reassure.monitoring.geo;
