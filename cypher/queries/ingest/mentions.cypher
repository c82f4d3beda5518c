// (Post)-[:MENTIONS]->(Account): accounts a post mentions.
// Both ends exist already (merged earlier in the same transaction); merging the relationship
// between two bound nodes keeps the statement free of Eager and idempotent.
// Parameters: $rows (list of maps: post, account).
// Example:
//   :param rows => [{post: '1', account: '2'}]
UNWIND $rows AS row
MATCH (a:Post {id: row.post})
MATCH (b:Account {id: row.account})
MERGE (a)-[:MENTIONS]->(b);
