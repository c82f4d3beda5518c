// (Account)-[:FOLLOWS]->(Account) where at least one end was created earlier in the same
// transaction (new-accounts.cypher), so the edge cannot exist yet: created, not merged. Ends by
// node id.
// Parameters: $rows (list of maps: follower, followee (element ids)).
// Example:
//   :param rows => [{follower: '4:0d2f5e8a-1c2b-4f7e-9a55-3f1c2b4d5e6f:0', followee: '4:0d2f5e8a-1c2b-4f7e-9a55-3f1c2b4d5e6f:1'}]
UNWIND $rows AS row
MATCH (a:Account)
WHERE elementId(a) = row.follower
MATCH (b:Account)
WHERE elementId(b) = row.followee
CREATE (a)-[:FOLLOWS]->(b);
