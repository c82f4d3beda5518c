// (Account)-[:FOLLOWS]->(Account): follow edges, for follower-based reconstruction, between
// accounts that were both in the graph before this transaction. Merging the relationship between
// two bound nodes keeps the statement free of Eager and idempotent. Ends by node id.
// Parameters: $rows (list of maps: follower, followee (element ids)).
// Example:
//   :param rows => [{follower: '4:0d2f5e8a-1c2b-4f7e-9a55-3f1c2b4d5e6f:0', followee: '4:0d2f5e8a-1c2b-4f7e-9a55-3f1c2b4d5e6f:1'}]
UNWIND $rows AS row
MATCH (a:Account)
WHERE elementId(a) = row.follower
MATCH (b:Account)
WHERE elementId(b) = row.followee
MERGE (a)-[:FOLLOWS]->(b);
