package org.metoodiffusion.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metoodiffusion.ingest.format.ReaderFixtures.itemsOf;
import static org.metoodiffusion.ingest.format.ReaderFixtures.read;
import static org.metoodiffusion.ingest.format.ReaderFixtures.resource;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.metoodiffusion.ingest.AccountRef;
import org.metoodiffusion.ingest.FollowItem;

class SnapFollowsReaderTests {

    private final SnapFollowsReader reader = new SnapFollowsReader();

    @Test
    void eachLineIsAFollowerAndAFollowee() throws IOException {
        var sink = read(reader, resource("snap/follows.txt"));
        assertThat(itemsOf(sink, FollowItem.class)).hasSize(4).first()
                .isEqualTo(new FollowItem(AccountRef.ofId("2750317471"), AccountRef.ofId("26642006")));
        assertThat(sink.records).isEqualTo(4);
        assertThat(sink.rejects).hasSize(2);
        assertThat(sink.rejects.get(0)).startsWith("6:1 fields");
        assertThat(sink.rejects.get(1)).startsWith("7:followee: 'x' is not a valid account id");
    }

    @Test
    void twoLongIdsPerLineAreLeftToTheReplyPairReader() {
        assertThat(reader.sniff(java.util.List.of("919662923444495027 919659438700670976"))).isFalse();
        assertThat(reader.sniff(java.util.List.of("# higgs", "1 2", "1 3"))).isTrue();
    }
}
