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
import org.metoodiffusion.ingest.PostItem;

class TweetIdsReaderTests {

    private final TweetIdsReader reader = new TweetIdsReader();

    @Test
    void eachIdIsAnAuthorlessPostTimedByItsSnowflake() throws IOException {
        var sink = read(reader, resource("tweet-ids/ids.txt"));
        var posts = itemsOf(sink, PostItem.class);
        assertThat(posts).extracting(PostItem::id).containsExactly("919659438700670976", "919662923444495027",
                "919669908692902579", "919732661663146675", "919839202210849459");
        var root = posts.get(0);
        assertThat(root.author()).isNull();
        assertThat(root.createdAt()).isEqualTo(Instant.parse("2017-10-15T20:21:11.289Z"));
        assertThat(root.timeFromId()).isTrue();
        assertThat(root.replyToId()).isNull();
        assertThat(root.source()).isEqualTo("tweet-ids");
        assertThat(sink.records).isEqualTo(5);
    }

    @Test
    void mangledPreSnowflakeAndOverlongLinesAreRejected() throws IOException {
        var sink = read(reader, resource("tweet-ids/ids.txt"));
        assertThat(sink.rejects).hasSize(3);
        assertThat(sink.rejects.get(0)).startsWith("8:tweet id: '9.197701034096483e+17' looks like an id mangled");
        assertThat(sink.rejects.get(1)).startsWith("9:id 20 predates snowflake ids (4 Nov 2010)");
        assertThat(sink.rejects.get(2)).startsWith("10:3 fields");
        assertThat(sink.flags).isEmpty();
    }

    @Test
    void replyPairsWithTabsAndAnEmptyReplyField() throws IOException {
        var sink = read(reader, resource("tweet-ids/reply-pairs.tsv"));
        assertThat(itemsOf(sink, PostItem.class)).extracting(PostItem::id, PostItem::replyToId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("919662923444495027", "919659438700670976"),
                org.assertj.core.groups.Tuple.tuple("919669908692902579", null),
                org.assertj.core.groups.Tuple.tuple("919732661663146675", null),
                org.assertj.core.groups.Tuple.tuple("919839202210849459", "919662923444495027"));
        assertThat(sink.rejects).isEmpty();
        assertThat(sink.flags).singleElement().asString()
                .startsWith("3:in_reply_to_tweet_id: '9.196594387006710e+17' looks like an id mangled");
        assertThat(sink.records).isEqualTo(4);
    }

    @Test
    void replyPairsWithAHeaderAndCommas() throws IOException {
        var sink = read(reader, resource("tweet-ids/reply-pairs.csv"));
        assertThat(itemsOf(sink, PostItem.class)).extracting(PostItem::replyToId)
                .containsExactly("919659438700670976", null);
        assertThat(sink.rejects).isEmpty();
    }

    @Test
    void spacesSeparateToo() throws IOException {
        var sink = read(reader, ReaderFixtures.text("919662923444495027   919659438700670976\n"));
        assertThat(itemsOf(sink, PostItem.class)).singleElement().extracting(PostItem::replyToId)
                .isEqualTo("919659438700670976");
    }

    @Test
    void invalidUtf8IsRejectedAndTheRestRead(@TempDir Path dir) throws IOException {
        var bytes = ReaderFixtures.withInvalidUtf8("919659438700670976\n91966292344449502", "7\n919669908692902579\n");
        var sink = read(reader, ReaderFixtures.file(dir, bytes));
        assertThat(sink.rejects).containsExactly("2:invalid UTF-8");
        assertThat(sink.records).isEqualTo(2);
    }

    @Test
    void readsGzippedInput(@TempDir Path dir) throws IOException {
        var sink = read(reader, ReaderFixtures.gzipFile(dir, "tweet_id\n919659438700670976\n"));
        assertThat(sink.records).isEqualTo(1);
    }

    @Test
    void anEmptyInputReadsNothing() throws IOException {
        var sink = read(reader, ReaderFixtures.text(""));
        assertThat(sink.records).isZero();
        assertThat(sink.rejects).isEmpty();
    }
}
