package org.metoodiffusion.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.metoodiffusion.id.Ids;
import org.metoodiffusion.stats.GraphStatsService;
import org.metoodiffusion.support.EmbeddedAppTest;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;

class SeedStoryTests extends EmbeddedAppTest {

    @Autowired
    Driver driver;

    @Autowired
    GraphStatsService stats;

    @Autowired
    SeedStoryLoader loader;

    @Test
    void loadsTheSeedStoryWithExactCounts() {
        var counts = stats.stats();
        assertThat(counts.nodes()).containsExactlyInAnyOrderEntriesOf(
                Map.of("Account", 11L, "Post", 11L, "Hashtag", 2L, "Origin", 1L));
        assertThat(counts.relationships()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "POSTED", 11L, "REPLY_TO", 1L, "MENTIONS", 1L, "TAGS", 6L, "CREDITS", 2L, "HAS_ACCOUNT", 2L));
    }

    @Test
    void milanosTweetIsStoredAsVerified() {
        var row = single("""
                MATCH (a:Account)-[:POSTED]->(p:Post {id: '919659438700670976'})
                RETURN a.id AS author, a.username AS username, p.createdAt AS createdAt, p.text AS text,
                       p.reconstructed AS reconstructed, p.observed AS observed""");
        assertThat(row.get("author").asString()).isEqualTo("26642006");
        assertThat(row.get("username").asString()).isEqualTo("Alyssa_Milano");
        assertThat(row.get("createdAt").asZonedDateTime().toInstant())
                .isEqualTo(ZonedDateTime.parse("2017-10-15T20:21:11Z").toInstant());
        assertThat(row.get("text").asString()).startsWith("If you’ve been sexually harassed or assaulted write ‘me too’");
        assertThat(row.get("reconstructed").asBoolean()).isFalse();
        assertThat(row.get("observed").asBoolean()).isTrue();
    }

    @Test
    void paquinsReplyIsInMilanosReplyTree() {
        var row = single("""
                MATCH (a:Account {username: 'AnnaPaquin'})-[:POSTED]->(reply:Post)-[r:REPLY_TO]->(root:Post)
                RETURN reply.text AS text, root.id AS root, r.reconstructed AS reconstructed""");
        assertThat(row.get("text").asString()).isEqualTo("Me too");
        assertThat(row.get("root").asString()).isEqualTo("919659438700670976");
        assertThat(row.get("reconstructed").asBoolean()).isTrue();
    }

    @Test
    void milanosTimeTweetConnectsToBurkesOrigin() {
        var row = single("""
                MATCH (:Account {id: '26642006'})-[:POSTED]->(p:Post)-[c:CREDITS]->(o:Origin {id: 'burke-2006'})
                WHERE p.createdAt >= datetime('2017-12-06') AND p.createdAt < datetime('2017-12-07')
                MATCH (p)-[:MENTIONS]->(burke:Account)<-[:HAS_ACCOUNT]-(o)
                RETURN burke.username AS burke, c.via AS via, o.year AS year, o.platform AS platform""");
        assertThat(row.get("burke").asString()).isEqualTo("TaranaBurke");
        assertThat(row.get("via").asString()).isEqualTo("mention");
        assertThat(row.get("year").asInt()).isEqualTo(2006);
        assertThat(row.get("platform").asString()).isEqualTo("MySpace");
    }

    @Test
    void burkeHasNoInventedNumericId() {
        var ids = driver.executableQuery("MATCH (o:Origin)-[:HAS_ACCOUNT]->(a) RETURN a.id AS id, a.provisional AS p")
                .execute().records();
        assertThat(ids).extracting(r -> r.get("id").asString()).containsExactlyInAnyOrder("@taranaburke", "@metoomvmt");
        assertThat(ids).allSatisfy(r -> assertThat(r.get("p").asBoolean()).isTrue());
    }

    @Test
    void everyPostIdEncodesItsCreationTime() {
        var posts = driver.executableQuery("MATCH (p:Post) RETURN p.id AS id, p.createdAt AS createdAt")
                .execute().records();
        assertThat(posts).hasSize(11).allSatisfy(post -> {
            var encoded = Ids.snowflakeTime(Long.parseLong(post.get("id").asString()));
            var stated = post.get("createdAt").asZonedDateTime().toInstant();
            assertThat(encoded).isBetween(stated, stated.plusSeconds(1));
        });
    }

    @Test
    void loadingAgainChangesNothing() {
        var before = stats.stats();
        loader.load();
        assertThat(stats.stats()).isEqualTo(before);
    }

    private Record single(String cypher) {
        return driver.executableQuery(cypher).execute().records().stream().reduce((a, b) -> {
            throw new AssertionError("more than one row for " + cypher);
        }).orElseThrow(() -> new AssertionError("no row for " + cypher));
    }
}
