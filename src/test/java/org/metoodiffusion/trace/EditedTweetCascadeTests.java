package org.metoodiffusion.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.metoodiffusion.stats.GraphStatsService;
import org.metoodiffusion.support.EmptyGraphTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An edited tweet is one tweet: root 100 by A; B replied (201) and edited the reply (202, EDIT_OF
 * 201, also a reply to the root, as the platform keeps it); C replied to the edited version, D
 * retweeted the first one, and E's tweet 205 is an edit of her reply 204 to the root (tagged #metoo
 * in its later version only).
 */
class EditedTweetCascadeTests extends EmptyGraphTest {

    @Autowired
    CascadeService cascades;

    @Autowired
    GraphStatsService stats;

    @Test
    void theVersionsOfAnEditedTweetAreOneNodeOfTheCascade() {
        driver.executableQuery("""
                CREATE (a:Account {id: '1', username: 'A'}), (b:Account {id: '2', username: 'B'}),
                       (c:Account {id: '3', username: 'C'}), (d:Account {id: '4', username: 'D'}),
                       (e:Account {id: '5', username: 'E'}), (metoo:Hashtag {tag: 'metoo'})
                CREATE (a)-[:POSTED]->(root:Post {id: '100', createdAt: datetime('2017-10-15T10:00:00Z')}),
                       (b)-[:POSTED]->(first:Post {id: '201', createdAt: datetime('2017-10-15T10:01:00Z')})-[:REPLY_TO]->(root),
                       (b)-[:POSTED]->(later:Post {id: '202', createdAt: datetime('2017-10-15T10:02:00Z')})-[:REPLY_TO]->(root),
                       (later)-[:EDIT_OF]->(first),
                       (c)-[:POSTED]->(:Post {id: '203', createdAt: datetime('2017-10-15T10:03:00Z')})-[:REPLY_TO]->(later),
                       (d)-[:POSTED]->(:Post {id: '206', createdAt: datetime('2017-10-15T10:06:00Z')})-[:RETWEET_OF]->(first),
                       (e)-[:POSTED]->(eFirst:Post {id: '204', createdAt: datetime('2017-10-15T10:04:00Z')})-[:REPLY_TO]->(root),
                       (e)-[:POSTED]->(eLater:Post {id: '205', createdAt: datetime('2017-10-15T10:05:00Z')})-[:REPLY_TO]->(root),
                       (eLater)-[:EDIT_OF]->(eFirst), (eLater)-[:TAGS]->(metoo)
                """).execute();

        Cascade cascade = cascades.cascade(new Root(Root.Kind.POST, "100"), Reconstruction.PLATFORM);
        assertThat(CascadeFixture.parents(cascade)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "201", "100", "203", "201", "206", "201", "204", "100"));
        assertThat(CascadeMetrics.of(cascade).posts()).isEqualTo(5);

        // B's account cascade starts from the tweet once; the hashtag's from E's first version.
        Cascade ofB = cascades.cascade(new Root(Root.Kind.ACCOUNT, "2"), Reconstruction.PLATFORM);
        assertThat(ofB.size()).isEqualTo(4);
        assertThat(CascadeFixture.parents(ofB)).containsExactlyInAnyOrderEntriesOf(Map.of("203", "201", "206", "201"));
        Cascade ofTag = cascades.cascade(new Root(Root.Kind.HASHTAG, "metoo"), Reconstruction.PLATFORM);
        assertThat(CascadeFixture.parents(ofTag)).isEmpty();
        assertThat(ofTag.size()).isEqualTo(2);
        assertThat(ofTag.post(1)).isEqualTo("204");

        // Seven posts, two of them later versions.
        assertThat(stats.stats().tweets()).isEqualTo(5);
    }
}
