// How many of the given accounts have no AMPLIFIED relationship. Settling a bulk import asks this
// of the accounts it changed (the seed story's, merged twins) before amplified/every-account.cypher,
// whose search over every account finds them last: they are the newest nodes.
// Parameters: $accounts (list of account ids).
// Example:
//   :param accounts => ['2147483647', '18057327']
UNWIND $accounts AS id
MATCH (account:Account {id: id})
WHERE NOT EXISTS { (account)-[:AMPLIFIED]-() }
RETURN count(account) AS without;
