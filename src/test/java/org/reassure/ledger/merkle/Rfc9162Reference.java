package org.reassure.ledger.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9162 section 2.1 written out literally over the entries D[n], recursion and all, to check
 * the incremental log against. Slow on purpose and deliberately sharing no code with main: it has
 * its own SHA-256.
 */
final class Rfc9162Reference {

    private Rfc9162Reference() {
    }

    /** 2.1.1: MTH(D[n]). */
    static byte[] mth(List<byte[]> d) {
        int n = d.size();
        if (n == 0) {
            return sha256();
        }
        if (n == 1) {
            return sha256(new byte[] {0x00}, d.get(0));
        }
        int k = largestPowerOfTwoSmallerThan(n);
        return sha256(new byte[] {0x01}, mth(d.subList(0, k)), mth(d.subList(k, n)));
    }

    /** 2.1.3.1: PATH(m, D[n]), for 0 <= m < n. */
    static List<byte[]> path(int m, List<byte[]> d) {
        int n = d.size();
        if (n == 1) {
            return List.of();
        }
        int k = largestPowerOfTwoSmallerThan(n);
        if (m < k) {
            return concat(path(m, d.subList(0, k)), mth(d.subList(k, n)));
        }
        return concat(path(m - k, d.subList(k, n)), mth(d.subList(0, k)));
    }

    /** 2.1.4.1: PROOF(m, D[n]) = SUBPROOF(m, D[n], true), for 0 < m <= n. */
    static List<byte[]> proof(int m, List<byte[]> d) {
        return subproof(m, d, true);
    }

    private static List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
        int n = d.size();
        if (m == n) {
            return b ? List.of() : List.of(mth(d));
        }
        int k = largestPowerOfTwoSmallerThan(n);
        if (m <= k) {
            return concat(subproof(m, d.subList(0, k), b), mth(d.subList(k, n)));
        }
        return concat(subproof(m - k, d.subList(k, n), false), mth(d.subList(0, k)));
    }

    private static int largestPowerOfTwoSmallerThan(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }

    private static List<byte[]> concat(List<byte[]> head, byte[] last) {
        List<byte[]> all = new ArrayList<>(head);
        all.add(last);
        return all;
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                sha256.update(part);
            }
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
