package org.metoodiffusion.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metoodiffusion.ingest.format.ReaderFixtures.itemsOf;
import static org.metoodiffusion.ingest.format.ReaderFixtures.read;
import static org.metoodiffusion.ingest.format.ReaderFixtures.resource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metoodiffusion.ingest.AccountItem;
import org.metoodiffusion.ingest.AccountRef;
import org.metoodiffusion.ingest.InteractionItem;
import org.metoodiffusion.ingest.InteractionItem.Kind;

class SnapEdgeListReaderTests {

    private final SnapEdgeListReader reader = new SnapEdgeListReader();

    @Test
    void eachLineIsAnAccountLevelInteractionBetweenTwoAccounts() throws IOException {
        var sink = read(reader, resource("snap/activity.txt"));
        assertThat(itemsOf(sink, InteractionItem.class)).containsExactly(
                new InteractionItem(AccountRef.ofId("2750317471"), AccountRef.ofId("26642006"),
                        Instant.parse("2017-10-15T20:23:20Z"), Kind.REPLY),
                new InteractionItem(AccountRef.ofId("811234567890123776"), AccountRef.ofId("2750317471"),
                        Instant.ofEpochSecond(1508101367), Kind.RETWEET),
                new InteractionItem(AccountRef.ofId("14511951"), AccountRef.ofId("26642006"),
                        Instant.ofEpochSecond(1508116329), Kind.MENTION));
        assertThat(itemsOf(sink, AccountItem.class)).hasSize(6)
                .contains(AccountItem.of(AccountRef.ofId("26642006")));
        assertThat(sink.records).isEqualTo(3);
    }

    @Test
    void commentsAreSkippedAndBadLinesRejected() throws IOException {
        var sink = read(reader, resource("snap/activity.txt"));
        assertThat(sink.rejects).hasSize(4);
        assertThat(sink.rejects.get(0)).startsWith("6:3 fields");
        assertThat(sink.rejects.get(1)).startsWith("7:unknown interaction 'LIKE'");
        assertThat(sink.rejects.get(2)).startsWith("8:userB: '@Alyssa_Milano'");
        assertThat(sink.rejects.get(3)).startsWith("9:time -5 is out of range");
    }

    @Test
    void aFollowLineIsRejectedWithAHint() throws IOException {
        var sink = read(reader, ReaderFixtures.text("2750317471 26642006\n"));
        assertThat(sink.rejects).singleElement().asString().contains("--format snap-follows");
    }

    @Test
    void readsGzippedInput(@TempDir Path dir) throws IOException {
        var sink = read(reader, ReaderFixtures.gzipFile(dir, "1 2 1341100972 MT\n"));
        assertThat(sink.records).isEqualTo(1);
    }

    @Test
    void anEmptyInputReadsNothing() throws IOException {
        var sink = read(reader, ReaderFixtures.text("# only a comment\n"));
        assertThat(sink.records).isZero();
        assertThat(sink.rejects).isEmpty();
    }
}
