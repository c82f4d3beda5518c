// The account a cascade is rooted at, by id or by lower-case handle (an account known only by its
// handle has the id '@handle').
// Parameters: $id (account id, string, or null), $handle (lower-case handle without '@', or null).
// Example:
//   :param id => '26642006'
//   :param handle => null
MATCH (account:Account)
WHERE account.id = $id OR account.handle = $handle OR account.id = '@' + $handle
RETURN account.id AS id, account.username AS username
ORDER BY account.provisional IS NOT NULL AND account.provisional
LIMIT 1;
