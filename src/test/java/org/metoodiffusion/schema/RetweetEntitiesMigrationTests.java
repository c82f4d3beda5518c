package org.metoodiffusion.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.metoodiffusion.support.EmptyGraphTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * V0003 on a graph built the old way, where a retweet carried its original's hashtags and mentions:
 * afterwards each retweet keeps only the entities its own "RT @x: ..." text carries.
 */
class RetweetEntitiesMigrationTests extends EmptyGraphTest {

    private static final int VERSION = 3;

    @Autowired
    SchemaMigrations migrations;

    @Test
    void retweetsLoseTheOriginalsEntitiesTheirOwnTextDoesNotCarry() {
        driver.executableQuery("""
                CREATE (author:Account {id: '1', username: 'Orig', handle: 'orig'}),
                       (friend:Account {id: '2', username: 'Friend', handle: 'friend'}),
                       (far:Account {id: '3', username: 'FarAway', handle: 'faraway'}),
                       (nameless:Account {id: '4'}),
                       (metoo:Hashtag {tag: 'metoo'}), (believe:Hashtag {tag: 'believewomen'}),
                       (metooMovement:Hashtag {tag: 'metoomovement'}),
                       (original:Post {id: '100', text: 'Me too @Friend @FarAway #MeToo #BelieveWomen #metoomovement'}),
                       (retweet:Post {id: '101', text: 'RT @Orig: Me too @Friend #MeToo #metoomove…'}),
                       (idOnly:Post {id: '102'}),
                       (retweet)-[:RETWEET_OF]->(original), (idOnly)-[:RETWEET_OF]->(original),
                       (original)-[:TAGS]->(metoo), (original)-[:TAGS]->(believe), (original)-[:TAGS]->(metooMovement),
                       (original)-[:MENTIONS]->(friend), (original)-[:MENTIONS]->(far),
                       (retweet)-[:TAGS]->(metoo), (retweet)-[:TAGS]->(believe), (retweet)-[:TAGS]->(metooMovement),
                       (retweet)-[:MENTIONS]->(friend), (retweet)-[:MENTIONS]->(far), (retweet)-[:MENTIONS]->(author),
                       (retweet)-[:MENTIONS]->(nameless),
                       (idOnly)-[:TAGS]->(believe), (idOnly)-[:MENTIONS]->(far)
                """).execute();

        driver.executableQuery("MATCH (m:SchemaMigration {version: $v}) DELETE m").withParameters(
                Map.of("v", VERSION)).execute();
        assertThat(migrations.apply()).isEqualTo(1);

        // Own text: #MeToo kept; #BelieveWomen is the original's only; "#metoomove…" is not #metoomovement.
        assertThat(targets("101", "TAGS", "tag")).containsExactly("metoo");
        // @Friend is in its own text; @FarAway is not; @Orig is the RT prefix (the RETWEET_OF edge); an
        // account without a handle cannot be judged and stays.
        assertThat(targets("101", "MENTIONS", "id")).containsExactly("2", "4");
        // The original keeps all of its own; a retweet without text cannot be judged and stays.
        assertThat(targets("100", "TAGS", "tag")).containsExactly("believewomen", "metoo", "metoomovement");
        assertThat(targets("100", "MENTIONS", "id")).containsExactly("2", "3");
        assertThat(targets("102", "TAGS", "tag")).containsExactly("believewomen");
        assertThat(targets("102", "MENTIONS", "id")).containsExactly("3");

        // Idempotent: applying the file again (as after an interruption) changes nothing.
        driver.executableQuery("MATCH (m:SchemaMigration {version: $v}) DELETE m").withParameters(
                Map.of("v", VERSION)).execute();
        migrations.apply();
        assertThat(targets("101", "TAGS", "tag")).containsExactly("metoo");
        assertThat(targets("101", "MENTIONS", "id")).containsExactly("2", "4");
    }

    private List<String> targets(String post, String type, String key) {
        return driver.executableQuery("MATCH (:Post {id: $post})-[r]->(target) WHERE type(r) = $type "
                + "RETURN target[$key] AS value ORDER BY value")
                .withParameters(Map.of("post", post, "type", type, "key", key))
                .execute().records().stream().map(r -> r.get("value").asString()).toList();
    }
}
