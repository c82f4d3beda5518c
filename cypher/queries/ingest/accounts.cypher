// Updates accounts already in the graph (by node id) with what a record says of them: known fields
// overwrite, unknown (null) ones leave what is stored. Only accounts that would change are
// written, so describing an account again, as every page of a collection does, costs a read.
// Parameters: $accounts (list of maps: node (element id), username, name, followers, following,
//   createdAt (epoch ms), verified).
// Example:
//   :param accounts => [{node: '4:0d2f5e8a-1c2b-4f7e-9a55-3f1c2b4d5e6f:0', username: 'Alyssa_Milano', name: 'Alyssa Milano', followers: 3500000, following: null, createdAt: null, verified: true}]
UNWIND $accounts AS a
MATCH (account:Account)
WHERE elementId(account) = a.node
WITH account, a, CASE WHEN a.createdAt IS NULL THEN null ELSE datetime({epochMillis: a.createdAt}) END AS createdAt
WHERE (a.username IS NOT NULL
       AND NOT coalesce(account.username = a.username AND account.handle = toLower(a.username), false))
   OR (a.name IS NOT NULL AND NOT coalesce(account.name = a.name, false))
   OR (a.followers IS NOT NULL AND NOT coalesce(account.followers = a.followers, false))
   OR (a.following IS NOT NULL AND NOT coalesce(account.following = a.following, false))
   OR (createdAt IS NOT NULL AND NOT coalesce(account.createdAt = createdAt, false))
   OR (a.verified IS NOT NULL AND NOT coalesce(account.verified = a.verified, false))
SET account.username = coalesce(a.username, account.username),
    account.handle = coalesce(toLower(a.username), account.handle),
    account.name = coalesce(a.name, account.name),
    account.followers = coalesce(a.followers, account.followers),
    account.following = coalesce(a.following, account.following),
    account.createdAt = coalesce(createdAt, account.createdAt),
    account.verified = coalesce(a.verified, account.verified);
