/**
 * The module's settings and shared beans.
 */
package org.reassure.monitoring.internal;
