// Roots of the account-level cascades the forecasting models learn from: accounts that others
// retweeted, replied to or mentioned in timed account-level interactions (INTERACTED, e.g. SNAP
// data), the most interacted-with first. The app traces each one's activation cascade as trace/ does.
// Parameters: $minReferences (integer, interactions into the account), $limit (integer).
// Example:
//   :param minReferences => 1
//   :param limit => 50
MATCH (account:Account)
WITH account, COUNT { (account)<-[:INTERACTED]-(:Account) } AS references
WHERE references >= $minReferences
RETURN account.id AS root, references
ORDER BY references DESC, root
LIMIT $limit;
