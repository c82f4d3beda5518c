package org.metoodiffusion.ingest.bulk;

/**
 * 64-bit hashes of keys (usernames) and ordered node pairs (follows, interactions) for bulk mode's
 * de-duplication: FNV-1a over the characters (Fowler, Noll and Vo), then SplitMix64's finaliser
 * (Steele, Lea and Flood, OOPSLA 2014) to spread the bits. Two different keys or pairs sharing a
 * hash would be taken for one: among n of them the chance is about n^2 / 2^65, so 3 in 10,000
 * at 10^8 edges. A pair would lose an edge; two usernames would be taken for one account, the
 * first's, and the second's edges would go to it.
 */
final class KeyHash {

    private KeyHash() {
    }

    static long of(String key) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001B3L;
        }
        return mix(h);
    }

    /** Of the ordered pair of node ids ({@code a}, {@code b}): (b, a) hashes differently. */
    static long pair(long a, long b, long salt) {
        return mix(mix(mix(a + 0x9E3779B97F4A7C15L) ^ b) ^ mix(salt));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
