// What an account root can be traced from, to choose the level: whether the account posted
// (post level) and whether it has account-level interactions (INTERACTED edges, e.g. SNAP data:
// account level). By id or by lower-case handle, as root-account.cypher resolves it.
// Parameters: $id (account id, string, or null), $handle (lower-case handle without '@', or null).
// Example:
//   :param id => '1'
//   :param handle => null
MATCH (account:Account)
WHERE account.id = $id OR account.handle = $handle OR account.id = '@' + $handle
WITH account
ORDER BY account.provisional IS NOT NULL AND account.provisional
LIMIT 1
RETURN account.id AS id,
       EXISTS { (account)-[:POSTED]->(:Post) } AS posted,
       EXISTS { (account)-[:INTERACTED]-(:Account) } AS interacted;
