// Accounts already in the graph (by node id) that a batch only refers to (mentioned, replied to,
// authors without a profile) by a handle: the handle is written only when the account has none
// yet, so a reference to a known account writes nothing.
// Parameters: $accounts (list of maps: node (element id), username).
// Example:
//   :param accounts => [{node: '4:0d2f5e8a-1c2b-4f7e-9a55-3f1c2b4d5e6f:0', username: 'TaranaBurke'}]
UNWIND $accounts AS a
MATCH (account:Account)
WHERE elementId(account) = a.node AND account.username IS NULL
SET account.username = a.username, account.handle = toLower(a.username);
