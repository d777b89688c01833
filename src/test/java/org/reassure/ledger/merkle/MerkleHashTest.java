package org.reassure.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reassure.ledger.merkle.Bytes.hex;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Hash vectors from transparency-dev/merkle, {@code rfc6962/rfc6962_test.go} (TestRFC6962Hasher). */
class MerkleHashTest {

    private final MerkleHash hash = new MerkleHash();

    @Test
    void emptyTreeHashesTheEmptyString() {
        assertThat(hex(MerkleHash.emptyTree())).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void emptyLeafDiffersFromEmptyTree() {
        assertThat(hex(hash.leaf(new byte[0]))).isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
    }

    @Test
    void leafIsPrefixedWithZero() {
        assertThat(hex(hash.leaf(ascii("L123456")))).isEqualTo("395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56");
    }

    @Test
    void nodeIsPrefixedWithOne() {
        assertThat(hex(hash.node(ascii("N123"), ascii("N456")))).isEqualTo("aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb");
    }

    @Test
    void nodeIntoBufferEqualsNode() {
        byte[] left = hash.leaf(ascii("left"));
        byte[] right = hash.leaf(ascii("right"));
        byte[] buffer = new byte[3 * MerkleHash.LENGTH];
        System.arraycopy(left, 0, buffer, 0, MerkleHash.LENGTH);
        System.arraycopy(right, 0, buffer, MerkleHash.LENGTH, MerkleHash.LENGTH);

        hash.node(buffer, 0, buffer, MerkleHash.LENGTH, buffer, 0);

        assertThat(hex(java.util.Arrays.copyOf(buffer, MerkleHash.LENGTH))).isEqualTo(hex(hash.node(left, right)));
    }

    @Test
    void emptyTreeCannotBeChangedThroughTheReturnedArray() {
        MerkleHash.emptyTree()[0] ^= 1;

        assertThat(hex(MerkleHash.emptyTree())).startsWith("e3b0");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
