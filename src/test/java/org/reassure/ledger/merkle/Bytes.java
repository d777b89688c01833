package org.reassure.ledger.merkle;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Byte-level test vocabulary: hex, flipped bits, spliced paths. */
final class Bytes {

    private Bytes() {
    }

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(Bytes::hex).toList();
    }

    static List<byte[]> hexes(String... hexes) {
        return List.of(hexes).stream().map(Bytes::hex).toList();
    }

    static byte[] flipBit(byte[] bytes, int bit) {
        byte[] flipped = bytes.clone();
        flipped[bit / 8] ^= (byte) (1 << (bit % 8));
        return flipped;
    }

    static List<byte[]> withFlippedBit(List<byte[]> hashes, int element, int bit) {
        List<byte[]> copy = new ArrayList<>(hashes);
        copy.set(element, flipBit(hashes.get(element), bit));
        return copy;
    }

    static List<byte[]> append(List<byte[]> hashes, byte[] last) {
        List<byte[]> copy = new ArrayList<>(hashes);
        copy.add(last);
        return copy;
    }

    static List<byte[]> prepend(byte[] first, List<byte[]> hashes) {
        List<byte[]> copy = new ArrayList<>();
        copy.add(first);
        copy.addAll(hashes);
        return copy;
    }

    /** A distinct entry for each index. */
    static byte[] entry(long index) {
        return ("entry " + index).getBytes(StandardCharsets.US_ASCII);
    }
}
