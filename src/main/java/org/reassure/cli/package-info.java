/**
 * Command-line adapter: serve the platform, import and export data sets, and the operators' tools.
 */
package org.reassure.cli;
