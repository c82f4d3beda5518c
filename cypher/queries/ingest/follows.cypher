// (Account)-[:FOLLOWS]->(Account): follow edges, for follower-based reconstruction.
// Both ends exist already (merged earlier in the same transaction); merging the relationship
// between two bound nodes keeps the statement free of Eager and idempotent.
// Parameters: $rows (list of maps: follower, followee).
// Example:
//   :param rows => [{follower: '1', followee: '2'}]
UNWIND $rows AS row
MATCH (a:Account {id: row.follower})
MATCH (b:Account {id: row.followee})
MERGE (a)-[:FOLLOWS]->(b);
