/**
 * The tamper-evident coalition record: every state-changing command appends one entry here.
 */
package org.reassure.ledger;
