// The account an id names (platform id, or '@handle' for a provisional account), for one
// account's values across measures.
// Parameters: $id (string).
// Example:
//   :param id => '26642006'
MATCH (account:Account {id: $id})
RETURN account.id AS id, account.username AS username;
