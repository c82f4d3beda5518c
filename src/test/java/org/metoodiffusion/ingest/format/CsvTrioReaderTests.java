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
import org.metoodiffusion.ingest.FollowItem;
import org.metoodiffusion.ingest.InteractionItem;
import org.metoodiffusion.ingest.InteractionItem.Kind;
import org.metoodiffusion.ingest.PostItem;

class CsvTrioReaderTests {

    private final CsvTrioReader reader = new CsvTrioReader();

    @Test
    void accountsByIdOrByHandleOnly() throws IOException {
        var sink = read(reader, resource("csv/accounts.csv"));
        var accounts = itemsOf(sink, AccountItem.class);
        assertThat(accounts).hasSize(4).first().isEqualTo(new AccountItem(new AccountRef("26642006", "Alyssa_Milano"),
                "Alyssa Milano", 3512245L, 2612L, Instant.parse("2009-03-22T20:25:36Z"), true));
        assertThat(accounts.get(1).name()).isEqualTo("Jess R., she/her");
        assertThat(accounts.get(2).account().key()).isEqualTo("@taranaburke");
        assertThat(accounts.get(3).followers()).isNull();
        assertThat(sink.rejects).singleElement().asString().startsWith("5:account_id: '9.197701034096483e+17' looks");
        assertThat(sink.flags).containsExactly("6:followers: 'lots' is not a count; loaded without it");
        assertThat(sink.records).isEqualTo(4);
    }

    @Test
    void postsWithListsHandlesAndMangledReferences() throws IOException {
        var sink = read(reader, resource("csv/posts.csv"));
        var posts = itemsOf(sink, PostItem.class);
        assertThat(posts).extracting(PostItem::id)
                .containsExactly("919659438700670976", "919662923444495027", "919732661663146675");
        assertThat(posts.get(0).text()).contains("\n\nSuggested by a friend: \"If all");
        assertThat(posts.get(1).replyToId()).isEqualTo("919659438700670976");
        assertThat(posts.get(1).mentions()).containsExactly(AccountRef.ofId("26642006"));
        var quote = posts.get(2);
        assertThat(quote.author()).isEqualTo(AccountRef.ofUsername("newsdesk_j"));
        assertThat(quote.timeFromId()).isTrue();
        assertThat(quote.createdAt()).isEqualTo(Instant.parse("2017-10-16T01:12:09.004Z"));
        assertThat(quote.quotedId()).isNull();
        assertThat(quote.hashtags()).containsExactly("MeToo", "metoo");
        assertThat(quote.mentions()).containsExactly(AccountRef.ofUsername("TaranaBurke"), AccountRef.ofId("26642006"));
        assertThat(quote.source()).isEqualTo("csv");
        assertThat(sink.flags).singleElement().asString().startsWith("6:quoted_post_id: '9.196594387006710e+17'");
        assertThat(sink.rejects).hasSize(2);
        assertThat(sink.rejects.get(0)).startsWith("7:post_id: '9.19839202210849e+17' looks like an id mangled");
        assertThat(sink.rejects.get(1)).isEqualTo("8:the record has 5 fields where the header has 11");
    }

    @Test
    void edgesBecomeReferencesFollowsAndAccountLevelInteractions() throws IOException {
        var sink = read(reader, resource("csv/edges.csv"));
        var posts = itemsOf(sink, PostItem.class);
        assertThat(posts).hasSize(3);
        assertThat(posts.get(0).retweetedId()).isEqualTo("919662923444495027");
        assertThat(posts.get(0).author()).isNull();
        assertThat(posts.get(0).timeFromId()).isTrue();
        assertThat(posts.get(1).replyToId()).isEqualTo("919659438700670976");
        assertThat(posts.get(1).createdAt()).isEqualTo(Instant.parse("2017-10-16T08:15:30Z"));
        assertThat(posts.get(1).timeFromId()).isFalse();
        assertThat(posts.get(2).mentions()).containsExactly(AccountRef.ofUsername("TaranaBurke"));
        assertThat(itemsOf(sink, FollowItem.class))
                .containsExactly(new FollowItem(AccountRef.ofId("2750317471"), AccountRef.ofId("26642006")));
        assertThat(itemsOf(sink, InteractionItem.class)).containsExactly(
                new InteractionItem(AccountRef.ofUsername("campus_ally"), AccountRef.ofId("2750317471"),
                        Instant.ofEpochSecond(1508101367), Kind.RETWEET),
                new InteractionItem(AccountRef.ofId("14511951"), AccountRef.ofId("26642006"),
                        Instant.parse("2017-10-16T01:12:09Z"), Kind.MENTION));
        assertThat(sink.records).isEqualTo(6);
        assertThat(sink.rejects).hasSize(3);
        assertThat(sink.rejects.get(0)).isEqualTo("8:an account-level interaction needs a time");
        assertThat(sink.rejects.get(1)).startsWith("9:target: '9.196594387006710e+17' looks like an id mangled");
        assertThat(sink.rejects.get(2)).startsWith("10:type: 'LIKES' is not one of");
    }

    @Test
    void anUnknownHeaderIsOneRejectAndNothingRead() throws IOException {
        var sink = read(reader, ReaderFixtures.text("id,author_id,created_at\n1,2,3\n"));
        assertThat(sink.rejects).singleElement().asString().startsWith("1:not a csv-trio header");
        assertThat(sink.records).isZero();
    }

    @Test
    void invalidUtf8IsRejected(@TempDir Path dir) throws IOException {
        var bytes = ReaderFixtures.withInvalidUtf8("account_id,username\n26642006,Alyssa_Mil", "ano\n2750317471,x\n");
        var sink = read(reader, ReaderFixtures.file(dir, bytes));
        assertThat(sink.rejects).containsExactly("2:invalid UTF-8");
        assertThat(sink.records).isEqualTo(1);
    }

    @Test
    void readsGzippedInput(@TempDir Path dir) throws IOException {
        var sink = read(reader, ReaderFixtures.gzipFile(dir, "source,target,type,time\n1,2,FOLLOWS,\n"));
        assertThat(sink.records).isEqualTo(1);
    }

    @Test
    void anEmptyInputReadsNothing() throws IOException {
        var sink = read(reader, ReaderFixtures.text(""));
        assertThat(sink.records).isZero();
        assertThat(sink.rejects).isEmpty();
    }
}
