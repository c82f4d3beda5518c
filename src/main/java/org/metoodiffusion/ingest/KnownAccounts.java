package org.metoodiffusion.ingest;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What one import has learnt of the accounts in the graph, so that its later batches need not look
 * again: the node id of each account key it found or created (most recently used first, up to a
 * capacity), and the accounts it created that have no outgoing FOLLOWS yet, whose follow edges can
 * be created rather than merged. A follow file lists each follower's edges together, after the
 * posts that created the accounts, so most follow edges of a first import are of this kind.
 *
 * <p>This holds only while no one else writes: nothing but this import can delete an account or
 * give it a FOLLOWS edge. The import is the only writer among imports ({@link ImportService}), and
 * the database's last committed transaction id tells whether anyone else committed: a batch uses
 * this knowledge only if that id has moved by exactly this import's own commits since it was
 * learnt, and forgets it all otherwise. Neo4j creates a new label, type or property name in a
 * transaction of its own, so the import makes its names first ({@code ingest/tokens.cypher}).
 * Without such an id (a server over Bolt) nothing is kept.
 */
final class KnownAccounts {

    /** Keys kept: about 200 bytes each, so at most about 80 MB of heap. */
    static final int CAPACITY = 400_000;

    private final int capacity;
    private final Map<String, String> nodes;
    private final Set<String> withoutFollows = new HashSet<>();
    /** The last committed transaction id this knowledge is valid at; empty when there is none. */
    private OptionalLong validAt = OptionalLong.empty();

    KnownAccounts(int capacity) {
        this.capacity = capacity;
        this.nodes = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > KnownAccounts.this.capacity;
            }
        };
    }

    /** Before a batch's transaction: forgets everything unless the graph is as this import last left it. */
    void checkUnchangedSince(OptionalLong lastCommitted) {
        if (validAt.isEmpty() || !validAt.equals(lastCommitted)) {
            forget();
        }
    }

    /**
     * Puts the known keys' nodes into {@code batchNodes} as found, and returns the other keys, those
     * to look for in the graph.
     */
    List<String> lookUp(List<String> keys, BatchNodes batchNodes) {
        return keys.stream().filter(key -> {
            var node = nodes.get(key);
            if (node != null) {
                batchNodes.foundAccount(key, node);
            }
            return node == null;
        }).toList();
    }

    /** Whether every FOLLOWS edge from this account would be new: the import created it and wrote none from it. */
    boolean followsNothing(String key) {
        return withoutFollows.contains(key);
    }

    /**
     * After a batch's commit: learns its accounts, unless someone else committed meanwhile.
     *
     * @param before    the last committed transaction id before the batch
     * @param after     the same after its commit
     * @param wrote     whether the batch's transaction wrote anything (else it committed nothing)
     * @param batch     the batch's accounts: found, created, those followed from, those merged away
     */
    void committed(OptionalLong before, OptionalLong after, boolean wrote, BatchAccounts batch) {
        if (before.isEmpty() || after.isEmpty() || after.getAsLong() != before.getAsLong() + (wrote ? 1 : 0)) {
            forget();
            return;
        }
        batch.nodes().forEach(nodes::put);
        batch.deleted().forEach(key -> {
            nodes.remove(key);
            withoutFollows.remove(key);
        });
        withoutFollows.removeAll(batch.followers());
        withoutFollows.removeAll(batch.gainedFollows());
        for (var key : batch.created()) {
            if (withoutFollows.size() >= capacity) {
                break;
            }
            if (!batch.followers().contains(key) && !batch.gainedFollows().contains(key)) {
                withoutFollows.add(key);
            }
        }
        validAt = after;
    }

    /** After a failed transaction: what it did is rolled back, and someone else may have written. */
    void forget() {
        nodes.clear();
        withoutFollows.clear();
        validAt = OptionalLong.empty();
    }

    /**
     * The accounts of one committed batch.
     *
     * @param nodes        key to node id of every account found or created
     * @param created      keys of the accounts it created
     * @param followers    keys of the accounts it wrote FOLLOWS edges from
     * @param gainedFollows keys of accounts that took over FOLLOWS edges of provisional accounts
     * @param deleted      keys of the provisional accounts merged away
     */
    record BatchAccounts(Map<String, String> nodes, Collection<String> created, Set<String> followers,
            Set<String> gainedFollows, Collection<String> deleted) {
    }
}
