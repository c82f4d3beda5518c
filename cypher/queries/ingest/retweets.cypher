// (Post)-[:RETWEET_OF]->(Post): a retweet and the original the platform credits.
// Both ends exist already (merged earlier in the same transaction); merging the relationship
// between two bound nodes keeps the statement free of Eager and idempotent.
// Parameters: $rows (list of maps: from, to).
// Example:
//   :param rows => [{from: '1', to: '2'}]
UNWIND $rows AS row
MATCH (a:Post {id: row.from})
MATCH (b:Post {id: row.to})
MERGE (a)-[:RETWEET_OF]->(b);
