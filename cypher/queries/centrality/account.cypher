// The account an id names (platform id, or '@handle' for a provisional account), for one
// account's values across measures; nodeId is its id in GDS results (a Cypher-aggregation
// projection keeps Neo4j's internal node ids, which only id() returns).
// Parameters: $id (string).
// Example:
//   :param id => '26642006'
MATCH (account:Account {id: $id})
RETURN account.id AS id, account.username AS username, id(account) AS nodeId;
