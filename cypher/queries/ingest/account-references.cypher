// Accounts a batch only refers to (mentioned, replied to, authors without a profile): merged by
// key; the handle is written only when the account has none yet, so a reference costs a read, not
// a write, once the account exists.
// Parameters: $accounts (list of maps: key, id, username).
// Example:
//   :param accounts => [{key: '@taranaburke', id: null, username: 'TaranaBurke'}]
UNWIND $accounts AS a
MERGE (account:Account {id: a.key})
ON CREATE SET account.provisional = a.id IS NULL
FOREACH (username IN CASE WHEN account.username IS NULL AND a.username IS NOT NULL THEN [a.username] ELSE [] END |
  SET account.username = username, account.handle = toLower(username));
