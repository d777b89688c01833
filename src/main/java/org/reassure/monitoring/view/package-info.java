/**
 * What people see of monitoring: the releasability policy, the live map, histograms, daily reports and exports.
 */
package org.reassure.monitoring.view;
