package org.metoodiffusion.ingest.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metoodiffusion.ingest.AccountRef;

class NodeIdsTests {

    @TempDir
    Path directory;

    @Test
    void everyNodeGetsOneDenseIdAndRemembersWhatWasWritten() {
        try (var nodes = new NodeIds(directory)) {
            long milano = NodeIds.node(nodes.post(919_659_438_700_670_976L, 0));
            long author = NodeIds.node(nodes.account(NodeIds.accountCode(AccountRef.ofId("26642006")), NodeIds.WRITTEN));
            long byHandle = NodeIds.node(nodes.account(NodeIds.accountCode(AccountRef.ofUsername("@Alyssa_Milano")),
                    NodeIds.WRITTEN));
            long tag = nodes.next();
            assertThat(new long[] {milano, author, byHandle, tag}).as("0, 1, 2, ... in order met").containsExactly(0, 1, 2, 3);

            long written = nodes.post(919_659_438_700_670_976L, NodeIds.WRITTEN);
            assertThat(NodeIds.node(written)).as("the same post, the same node").isEqualTo(milano);
            assertThat(NodeIds.had(written, NodeIds.WRITTEN)).as("not written before").isFalse();
            assertThat(NodeIds.had(nodes.post(919_659_438_700_670_976L, NodeIds.WRITTEN), NodeIds.WRITTEN)).isTrue();

            long profiled = nodes.account(NodeIds.accountCode(AccountRef.ofId("26642006")), NodeIds.DESCRIBED);
            assertThat(NodeIds.node(profiled)).isEqualTo(author);
            assertThat(NodeIds.had(profiled, NodeIds.WRITTEN)).isTrue();
            assertThat(NodeIds.had(profiled, NodeIds.DESCRIBED)).isFalse();
            assertThat(NodeIds.node(nodes.account(NodeIds.accountCode(new AccountRef(null, "alyssa_milano")), 0)))
                    .as("a handle in another case is the same provisional key").isEqualTo(byHandle);

            long placeholder = NodeIds.node(nodes.post(12L, 0));
            Map<Long, Boolean> posts = new HashMap<>();
            nodes.forEachPost((id, node, isWritten) -> {
                assertThat(node).isEqualTo(id == 12L ? placeholder : milano);
                posts.put(id, isWritten);
            });
            assertThat(posts).isEqualTo(Map.of(919_659_438_700_670_976L, true, 12L, false));
        }
    }

    @Test
    void repeatsAnsweredFromRecentEntriesAgreeWithTheTable() {
        // More keys than the copy of recent entries holds, so that they evict each other; flags set in any order.
        var model = new HashMap<Long, long[]>();
        var random = new Random(17);
        try (var nodes = new NodeIds(directory)) {
            for (int i = 0; i < 400_000; i++) {
                long key = random.nextInt(100_000) * 1_000_003L;
                int flags = random.nextInt(4);
                boolean post = random.nextBoolean();
                long marked = post ? nodes.post(key, flags) : nodes.account(key, flags);
                var expected = model.computeIfAbsent((post ? 1 : -1) * (key + 1), k -> new long[] {-1, 0});
                if (expected[0] < 0) {
                    expected[0] = NodeIds.node(marked);
                }
                assertThat(NodeIds.node(marked)).as("node of %s", key).isEqualTo(expected[0]);
                assertThat(NodeIds.had(marked, NodeIds.WRITTEN)).isEqualTo((expected[1] & NodeIds.WRITTEN) != 0);
                assertThat(NodeIds.had(marked, NodeIds.DESCRIBED)).isEqualTo((expected[1] & NodeIds.DESCRIBED) != 0);
                expected[1] |= flags;
            }
        }
        assertThat(model.values().stream().mapToLong(entry -> entry[0]).distinct().count()).isEqualTo(model.size());
    }
}
