package org.metoodiffusion.view.chart;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;

/**
 * A small #metoo story whose answers the tests work out from this declaration, not from the code
 * under test. Milano's tweet (untagged) gets a tagged reply p1; Burke's account posts tagged p2; four
 * more tagged posts start cascades of their own. Retweeters post nothing else, so {@code interaction}
 * leaves their retweets unconnected; t5 follows t4, so {@code followee} hangs p4t2 under p4t1, inside
 * p4's cascade.
 * u1 replies to Milano and quotes Burke (both); u3 posts twice (one account, two posts).
 */
final class ChartFixture {

    static final String MILANO = "919659438700670976";
    static final String BURKE_ACCOUNT = "tb1";

    /** A post: its author, time, whether it carries #metoo, and what it replies to, quotes or retweets. */
    record FixturePost(String id, String author, String time, boolean tagged, String kind, String parent) {

        long millis() {
            return Instant.parse(time).toEpochMilli();
        }
    }

    static final List<FixturePost> POSTS = List.of(
            new FixturePost(MILANO, "26642006", "2017-10-15T20:21:11Z", false, null, null),
            new FixturePost("p1", "u1", "2017-10-16T01:00:00Z", true, "REPLY_TO", MILANO),
            new FixturePost("p1r1", "u2", "2017-10-16T01:30:00Z", false, "REPLY_TO", "p1"),
            new FixturePost("p1t1", "t1", "2017-10-16T02:00:00Z", false, "RETWEET_OF", "p1"),
            new FixturePost("p1t2", "t2", "2017-10-16T02:30:00Z", false, "RETWEET_OF", "p1"),
            new FixturePost("p2", BURKE_ACCOUNT, "2017-10-16T03:00:00Z", true, null, null),
            new FixturePost("p2r1", "u3", "2017-10-16T03:10:00Z", false, "REPLY_TO", "p2"),
            new FixturePost("p2r2", "u4", "2017-10-16T03:20:00Z", false, "REPLY_TO", "p2r1"),
            new FixturePost("p2q1", "u1", "2017-10-16T04:00:00Z", false, "QUOTES", "p2"),
            new FixturePost("p2t1", "t3", "2017-10-16T05:00:00Z", false, "RETWEET_OF", "p2"),
            new FixturePost("p3", "u5", "2017-10-16T06:00:00Z", true, null, null),
            new FixturePost("p4", "u6", "2017-10-17T02:00:00Z", true, null, null),
            new FixturePost("p4t1", "t4", "2017-10-17T03:00:00Z", false, "RETWEET_OF", "p4"),
            new FixturePost("p4t2", "t5", "2017-10-17T04:00:00Z", false, "RETWEET_OF", "p4"),
            new FixturePost("p4t3", "t6", "2017-10-17T05:00:00Z", false, "RETWEET_OF", "p4"),
            new FixturePost("p4t4", "t7", "2017-10-17T06:00:00Z", false, "RETWEET_OF", "p4"),
            new FixturePost("p4t5", "t8", "2017-10-17T07:00:00Z", false, "RETWEET_OF", "p4"),
            new FixturePost("p5", "u7", "2017-10-17T05:00:00Z", true, null, null),
            new FixturePost("p6", "u3", "2017-10-17T08:00:00Z", true, null, null),
            new FixturePost("p6r1", "u8", "2017-10-17T08:30:00Z", false, "REPLY_TO", "p6"));

    private ChartFixture() {
    }

    static void create(Driver driver) {
        var rows = POSTS.stream().map(p -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", p.id());
            row.put("author", p.author());
            row.put("time", p.time());
            row.put("tagged", p.tagged());
            return row;
        }).toList();
        driver.executableQuery("""
                MERGE (tag:Hashtag {tag: 'metoo'})
                WITH tag
                UNWIND $rows AS row
                MERGE (account:Account {id: row.author}) ON CREATE SET account.username = 'user_' + row.author
                CREATE (account)-[:POSTED]->(post:Post {id: row.id, createdAt: datetime(row.time), observed: true})
                FOREACH (_ IN CASE WHEN row.tagged THEN [1] ELSE [] END | CREATE (post)-[:TAGS]->(tag))
                """).withParameters(Map.of("rows", rows)).execute();
        for (String kind : List.of("REPLY_TO", "QUOTES", "RETWEET_OF")) {
            var links = POSTS.stream().filter(p -> kind.equals(p.kind()))
                    .map(p -> Map.of("child", p.id(), "parent", p.parent())).toList();
            driver.executableQuery("UNWIND $links AS link MATCH (c:Post {id: link.child}), (p:Post {id: link.parent}) "
                    + "CREATE (c)-[:" + kind + "]->(p)").withParameters(Map.of("links", links)).execute();
        }
        driver.executableQuery("""
                MATCH (milano:Account {id: '26642006'}), (burke:Account {id: $burke})
                SET milano.username = 'Alyssa_Milano', burke.username = 'TaranaBurke'
                CREATE (:Origin {id: 'burke-2006', name: 'me too.'})-[:HAS_ACCOUNT]->(burke)
                WITH 1 AS one
                MATCH (t5:Account {id: 't5'}), (t4:Account {id: 't4'})
                CREATE (t5)-[:FOLLOWS]->(t4)
                """).withParameters(Map.of("burke", BURKE_ACCOUNT)).execute();
    }

    /** The posts of a post's cascade: itself and everything below it, through retweets only if asked. */
    static List<FixturePost> cascade(String root, boolean withRetweets) {
        var members = new ArrayList<FixturePost>();
        for (FixturePost post : POSTS) {
            if (reaches(post, root, withRetweets)) {
                members.add(post);
            }
        }
        return members;
    }

    /** The tagged posts' cascade sizes, one per tagged post. */
    static List<Integer> hashtagCascadeSizes(boolean withRetweets) {
        return POSTS.stream().filter(FixturePost::tagged).map(p -> cascade(p.id(), withRetweets).size()).toList();
    }

    static Set<String> authors(List<FixturePost> posts) {
        var authors = new HashSet<String>();
        posts.forEach(p -> authors.add(p.author()));
        return authors;
    }

    private static boolean reaches(FixturePost post, String root, boolean withRetweets) {
        for (FixturePost at = post; at != null; at = at.parent() == null ? null : byId(at.parent())) {
            if (at.id().equals(root)) {
                return true;
            }
            if (!withRetweets && "RETWEET_OF".equals(at.kind())) {
                return false;
            }
        }
        return false;
    }

    private static FixturePost byId(String id) {
        return POSTS.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
