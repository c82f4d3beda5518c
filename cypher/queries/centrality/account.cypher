// The account an id names (platform id, or '@handle' whatever its case), for one account's values
// across measures; nodeId is its id in GDS results (a Cypher-aggregation projection keeps Neo4j's
// internal node ids, which only id() returns). An account with a platform id comes before a
// provisional twin.
// Parameters: $id (string: platform id, or '@handle' in lower case), $handle (lower-case handle
//             without '@', or null).
// Example:
//   :param id => '26642006'
//   :param handle => null
MATCH (account:Account)
WHERE account.id = $id OR account.handle = $handle
RETURN account.id AS id, account.username AS username, id(account) AS nodeId
ORDER BY account.provisional IS NOT NULL AND account.provisional
LIMIT 1;
