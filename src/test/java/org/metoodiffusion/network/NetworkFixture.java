package org.metoodiffusion.network;

/**
 * A small graph, GDS style: a Cypher CREATE whose relationships are the cases the network rule
 * must tell apart. Posts carry {@code collected} as the importer sets it (true: a record of the
 * input; false: only referenced); {@code legacy} has no such property, as posts loaded before it
 * existed, and counts only under scope all.
 */
final class NetworkFixture {

    static final String CREATE = """
            CREATE (alice:Account {id: '101', username: 'alice', name: 'Alice A.', followers: 5000, provisional: false}),
                   (bob:Account {id: '102', username: 'bob', name: 'Bob, "B"', followers: 40, provisional: false}),
                   (carol:Account {id: '103', username: 'carol', provisional: false}),
                   (dave:Account {id: '@dave', username: 'dave', handle: 'dave', provisional: true}),
                   (erin:Account {id: '105', username: 'erin', provisional: false}),
                   (frank:Account {id: '106', username: 'frank', provisional: false}),
                   (idle:Account {id: '107', username: 'idle', provisional: false}),
                   (s1:Account {id: '900', provisional: false}),
                   (s2:Account {id: '901', provisional: false}),
                   (alice)-[:POSTED]->(p1:Post {id: '1', collected: true}),
                   (bob)-[:POSTED]->(p2:Post {id: '2', collected: true})-[:RETWEET_OF]->(p1),
                   (carol)-[:POSTED]->(p3:Post {id: '3', collected: true})-[:REPLY_TO]->(p1),
                   (p3)-[:MENTIONS]->(alice),
                   (alice)-[:POSTED]->(p4:Post {id: '4', collected: true})-[:REPLY_TO]->(p1),
                   (bob)-[:POSTED]->(p8:Post {id: '8', collected: true})-[:RETWEET_OF]->(p4),
                   (carol)-[:POSTED]->(p7:Post {id: '7', collected: true})-[:MENTIONS]->(alice),
                   (erin)-[:POSTED]->(r1:Post {id: '11', collected: false})-[:REPLY_TO]->(p1),
                   (r1)-[:MENTIONS]->(bob),
                   (dave)-[:POSTED]->(p5:Post {id: '5', collected: true})-[:QUOTES]->(r1),
                   (bob)-[:POSTED]->(p6:Post {id: '6', collected: true})-[:REPLY_TO]->(:Post {id: '99', collected: false}),
                   (frank)-[:POSTED]->(:Post {id: '12', collected: false})-[:QUOTES]->(p1),
                   (erin)-[:POSTED]->(:Post {id: '13', legacy: true})-[:REPLY_TO]->(p3),
                   (idle)-[:POSTED]->(:Post {id: '14', collected: true}),
                   (s1)-[:INTERACTED {kind: 'retweet', at: datetime('2012-07-01T00:00:00Z')}]->(s2),
                   (s1)-[:INTERACTED {kind: 'retweet', at: datetime('2012-07-02T00:00:00Z')}]->(s2),
                   (s1)-[:INTERACTED {kind: 'mention', at: datetime('2012-07-03T00:00:00Z')}]->(alice),
                   (s2)-[:INTERACTED {kind: 'reply', at: datetime('2012-07-04T00:00:00Z')}]->(s2)
            """;

    /** Edges of scope collected, as {@code source>target:kind=weight}. */
    static final String[] COLLECTED = {"102>101:retweet=2", "103>101:reply=1", "103>101:mention=2",
            "101>101:reply=1", "@dave>105:quote=1", "900>901:retweet=2", "900>101:mention=1", "901>901:reply=1"};

    /** What scope all adds: the referenced posts' and the legacy post's edges. */
    static final String[] ONLY_ALL = {"105>101:reply=1", "105>102:mention=1", "106>101:quote=1", "105>103:reply=1"};

    private NetworkFixture() {
    }
}
