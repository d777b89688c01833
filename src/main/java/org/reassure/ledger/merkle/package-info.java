/** RFC 9162 Merkle tree of the tamper-evident log: hashing, node storage, append, and inclusion and consistency proofs. */
package org.reassure.ledger.merkle;
