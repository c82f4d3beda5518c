// Merges accounts by key (platform id, or '@handle' when only the handle is known). Known fields
// overwrite, unknown (null) ones leave what is stored. One row per account.
// Parameters: $accounts (list of maps: key, id, username, name, followers, following,
//   createdAt (epoch ms), verified).
// Example:
//   :param accounts => [{key: '26642006', id: '26642006', username: 'Alyssa_Milano', name: 'Alyssa Milano', followers: 3500000, following: null, createdAt: null, verified: true}]
UNWIND $accounts AS a
MERGE (account:Account {id: a.key})
ON CREATE SET account.provisional = a.id IS NULL
SET account.username = coalesce(a.username, account.username),
    account.handle = coalesce(toLower(a.username), account.handle),
    account.name = coalesce(a.name, account.name),
    account.followers = coalesce(a.followers, account.followers),
    account.following = coalesce(a.following, account.following),
    account.createdAt = CASE WHEN a.createdAt IS NULL THEN account.createdAt
                             ELSE datetime({epochMillis: a.createdAt}) END,
    account.verified = coalesce(a.verified, account.verified);
