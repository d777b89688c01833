package org.reassure.ledger;

/**
 * The ledger's acknowledgement of an entry: its sequence number and leaf hash (hex).
 */
public record LedgerReceipt(long sequence, String leafHash) {
}
