// Follower counts of accounts, for sizing the nodes of a graph view by audience. Accounts without
// a count are left out.
// Parameters: $ids (list of account ids, strings).
// Example:
//   :param ids => ['26642006', '@taranaburke']
UNWIND $ids AS id
MATCH (account:Account {id: id})
WHERE account.followers IS NOT NULL
RETURN account.id AS id, account.followers AS followers;
