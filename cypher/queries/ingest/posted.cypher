// (Account)-[:POSTED]->(Post): who wrote a post.
// Both ends exist already (merged earlier in the same transaction); merging the relationship
// between two bound nodes keeps the statement free of Eager and idempotent.
// Parameters: $rows (list of maps: account, post).
// Example:
//   :param rows => [{account: '1', post: '2'}]
UNWIND $rows AS row
MATCH (a:Account {id: row.account})
MATCH (b:Post {id: row.post})
MERGE (a)-[:POSTED]->(b);
