package org.reassure.monitoring.pipeline;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The RFC 9162 Merkle tree hash (section 2.1.1) of a batch's report leaves, in commit order, so that a report's
 * membership in a batch the ledger recorded can be proven with an inclusion path.
 *
 * <p>Computed level by level in place: each level hashes neighbours into {@code SHA-256(0x01 || left || right)} and
 * carries an odd last node up unchanged, which gives the same root as the RFC's split at the largest power of two.
 * One instance per thread.
 */
public final class BatchRoot {

	private static final byte NODE_PREFIX = 0x01;
	private static final int LENGTH = CanonicalReport.LEAF_LENGTH;

	private final MessageDigest sha256;

	public BatchRoot() {
		try {
			sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

	/** The root of the {@code count} leaves at the start of {@code leaves}, which it overwrites. */
	public byte[] of(byte[] leaves, int count) {
		if (count < 1) {
			throw new IllegalArgumentException("a batch has at least one report");
		}
		for (int width = count; width > 1; width = (width + 1) / 2) {
			for (int pair = 0; pair < width / 2; pair++) {
				node(leaves, 2 * pair * LENGTH, pair * LENGTH);
			}
			if (width % 2 == 1) {
				System.arraycopy(leaves, (width - 1) * LENGTH, leaves, (width / 2) * LENGTH, LENGTH);
			}
		}
		byte[] root = new byte[LENGTH];
		System.arraycopy(leaves, 0, root, 0, LENGTH);
		return root;
	}

	private void node(byte[] hashes, int left, int out) {
		sha256.update(NODE_PREFIX);
		sha256.update(hashes, left, 2 * LENGTH);
		try {
			sha256.digest(hashes, out, LENGTH);
		}
		catch (DigestException e) {
			throw new IllegalStateException("a 32-byte slot always fits a SHA-256", e);
		}
	}
}
