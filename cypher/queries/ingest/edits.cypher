// (Post)-[:EDIT_OF]->(Post): a later version of an edited tweet and the tweet's first version
// (the first id of its v2 edit_history_tweet_ids). Cascades, networks and counts treat the versions
// as one tweet, the first version standing for all of them; so the first version gets the author
// of its later ones even when only they were collected.
// Both ends exist already (merged earlier in the same transaction), and so does POSTED.
// Parameters: $rows (list of maps: from (later version), to (first version)).
// Example:
//   :param rows => [{from: '1599146006389276674', to: '1599145999711547393'}]
UNWIND $rows AS row
MATCH (a:Post {id: row.from})
MATCH (b:Post {id: row.to})
MERGE (a)-[:EDIT_OF]->(b)
WITH a, b
MATCH (author:Account)-[:POSTED]->(a)
MERGE (author)-[:POSTED]->(b);
