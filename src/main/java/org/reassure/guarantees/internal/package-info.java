/**
 * Storage of the guarantee system: hand-written SQL over the V3_x tables, and the built-in data file format.
 */
package org.reassure.guarantees.internal;
