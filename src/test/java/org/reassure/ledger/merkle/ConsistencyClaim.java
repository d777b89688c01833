package org.reassure.ledger.merkle;

import java.util.ArrayList;
import java.util.List;

/** What a consistency proof asserts, and the ways a forger might bend it. */
record ConsistencyClaim(String description, long firstSize, long secondSize, byte[] firstHash, byte[] secondHash, List<byte[]> path) {

    static ConsistencyClaim genuine(long firstSize, long secondSize, byte[] firstHash, byte[] secondHash, List<byte[]> path) {
        return new ConsistencyClaim("genuine", firstSize, secondSize, firstHash, secondHash, path);
    }

    boolean verifies() {
        return ProofVerifier.verifyConsistency(firstSize, secondSize, firstHash, secondHash, path);
    }

    /** Every claim that differs from this genuine, non-trivial (non-empty path) one in one detail; none may verify. */
    List<ConsistencyClaim> forgeries() {
        List<ConsistencyClaim> forgeries = new ArrayList<>(List.of(
                withSizes("firstSize - 1", firstSize - 1, secondSize),
                withSizes("firstSize + 1", firstSize + 1, secondSize),
                withSizes("firstSize ^ 2", firstSize ^ 2, secondSize),
                withSizes("secondSize * 2", firstSize, secondSize * 2),
                withSizes("secondSize / 2", firstSize, secondSize / 2),
                withHashes("tampered first root", Bytes.flipBit(firstHash, 7), secondHash),
                withHashes("tampered second root", firstHash, Bytes.flipBit(secondHash, 7)),
                withHashes("swapped roots", secondHash, firstHash),
                withPath("empty path", List.of()),
                withPath("trailing garbage", Bytes.append(path, new byte[0])),
                withPath("trailing first root", Bytes.append(path, firstHash)),
                withPath("trailing second root", Bytes.append(path, secondHash)),
                withPath("preceding garbage", Bytes.prepend(new byte[0], path)),
                withPath("preceding first root", Bytes.prepend(firstHash, path)),
                withPath("preceding second root", Bytes.prepend(secondHash, path)),
                withPath("preceding path[0]", Bytes.prepend(path.get(0), path)),
                withPath("removed last component", path.subList(0, path.size() - 1))));
        for (int i = 0; i < path.size(); i++) {
            forgeries.add(withPath("flipped bit in path[" + i + "]", Bytes.withFlippedBit(path, i, 4)));
        }
        return forgeries;
    }

    private ConsistencyClaim withSizes(String what, long first, long second) {
        return new ConsistencyClaim(what, first, second, firstHash, secondHash, path);
    }

    private ConsistencyClaim withHashes(String what, byte[] first, byte[] second) {
        return new ConsistencyClaim(what, firstSize, secondSize, first, second, path);
    }

    private ConsistencyClaim withPath(String what, List<byte[]> forgedPath) {
        return new ConsistencyClaim(what, firstSize, secondSize, firstHash, secondHash, forgedPath);
    }

    @Override
    public String toString() {
        return description + " (firstSize " + firstSize + ", secondSize " + secondSize + ", " + path.size() + " path hashes)";
    }
}
