package org.reassure.ledger.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/** The hashes of a proof, in RFC 9162 order, each 32 bytes; immutable. */
final class ProofPath {

    private ProofPath() {
    }

    static List<byte[]> copyOf(List<byte[]> path) {
        List<byte[]> copy = new ArrayList<>(path.size());
        for (int i = 0; i < path.size(); i++) {
            byte[] hash = Objects.requireNonNull(path.get(i), "path[" + i + "]");
            if (hash.length != MerkleHash.LENGTH) {
                throw new IllegalArgumentException("path[" + i + "] must be " + MerkleHash.LENGTH + " bytes, got " + hash.length);
            }
            copy.add(hash.clone());
        }
        return List.copyOf(copy);
    }

    static boolean equal(List<byte[]> a, List<byte[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    static int hashCode(List<byte[]> path) {
        int result = 1;
        for (byte[] hash : path) {
            result = 31 * result + Arrays.hashCode(hash);
        }
        return result;
    }

    static String toString(List<byte[]> path) {
        return path.stream().map(HexFormat.of()::formatHex).toList().toString();
    }
}
