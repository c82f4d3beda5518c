package org.metoodiffusion.trace;

import java.util.HashMap;
import java.util.Map;

import org.neo4j.driver.Driver;

/**
 * A cascade small enough to work out on paper. Root 100 by A at 10:00; 101 (B) replies to it and
 * 102 (C) to 101; 103 (D) quotes the root; 104 (E), 105 (F), 106 (G) retweet the root at 10:04,
 * 10:05, 10:06; 107 (H) retweets the quote at 10:07. Follows: F→E; G→E, F, A; H→D. Interactions
 * before the retweets: G replied to E at 09:00, F mentioned D at 09:30 (both as posts), and H replied
 * to D at 09:45 (an account-level INTERACTED edge, as SNAP data has it). Account I posted 190, which
 * nothing connects to the root.
 */
final class CascadeFixture {

    static final String ROOT = "100";

    private CascadeFixture() {
    }

    static void create(Driver driver) {
        driver.executableQuery("""
                CREATE (a:Account {id: '1', username: 'A'}), (b:Account {id: '2', username: 'B'}),
                       (c:Account {id: '3', username: 'C'}), (d:Account {id: '4', username: 'D'}),
                       (e:Account {id: '5', username: 'E'}), (f:Account {id: '6', username: 'F'}),
                       (g:Account {id: '7', username: 'G'}), (h:Account {id: '8', username: 'H'}),
                       (i:Account {id: '9', username: 'I'})
                CREATE (a)-[:POSTED]->(root:Post {id: '100', createdAt: datetime('2017-10-15T10:00:00Z')}),
                       (b)-[:POSTED]->(reply:Post {id: '101', createdAt: datetime('2017-10-15T10:01:00Z')})-[:REPLY_TO]->(root),
                       (c)-[:POSTED]->(:Post {id: '102', createdAt: datetime('2017-10-15T10:02:00Z')})-[:REPLY_TO]->(reply),
                       (d)-[:POSTED]->(quote:Post {id: '103', createdAt: datetime('2017-10-15T10:03:00Z')})-[:QUOTES]->(root),
                       (e)-[:POSTED]->(:Post {id: '104', createdAt: datetime('2017-10-15T10:04:00Z')})-[:RETWEET_OF]->(root),
                       (f)-[:POSTED]->(:Post {id: '105', createdAt: datetime('2017-10-15T10:05:00Z')})-[:RETWEET_OF]->(root),
                       (g)-[:POSTED]->(:Post {id: '106', createdAt: datetime('2017-10-15T10:06:00Z')})-[:RETWEET_OF]->(root),
                       (h)-[:POSTED]->(:Post {id: '107', createdAt: datetime('2017-10-15T10:07:00Z')})-[:RETWEET_OF]->(quote),
                       (i)-[:POSTED]->(:Post {id: '190', createdAt: datetime('2017-10-15T11:00:00Z')})
                CREATE (h)-[:INTERACTED {kind: 'reply', at: datetime('2017-10-15T09:45:00Z')}]->(d),
                       (h)-[:INTERACTED {kind: 'retweet', at: datetime('2017-10-15T09:50:00Z')}]->(e)
                CREATE (f)-[:FOLLOWS]->(e), (g)-[:FOLLOWS]->(e), (g)-[:FOLLOWS]->(f), (g)-[:FOLLOWS]->(a), (h)-[:FOLLOWS]->(d)
                CREATE (e)-[:POSTED]->(earlier:Post {id: '180', createdAt: datetime('2017-10-15T08:00:00Z')}),
                       (g)-[:POSTED]->(:Post {id: '181', createdAt: datetime('2017-10-15T09:00:00Z')})-[:REPLY_TO]->(earlier),
                       (f)-[:POSTED]->(:Post {id: '182', createdAt: datetime('2017-10-15T09:30:00Z')})-[:MENTIONS]->(d)
                """).execute();
    }

    /** Each post of the cascade with a post as parent, to that parent's post id. */
    static Map<String, String> parents(Cascade cascade) {
        Map<String, String> parents = new HashMap<>();
        for (int i = 1; i < cascade.size(); i++) {
            if (cascade.parent(i) >= 0 && cascade.post(cascade.parent(i)) != null) {
                parents.put(cascade.post(i), cascade.post(cascade.parent(i)));
            }
        }
        return parents;
    }
}
