// Creates accounts not in the graph yet (existing-accounts.cypher found them missing in the same
// transaction), with every known field, and returns their node ids. An account known by handle
// only ('@handle' key, no id) is provisional until its id shows up.
// Parameters: $accounts (list of maps: key, id, username, name, followers, following,
//   createdAt (epoch ms), verified; unknown fields null).
// Example:
//   :param accounts => [{key: '26642006', id: '26642006', username: 'Alyssa_Milano', name: 'Alyssa Milano', followers: 3500000, following: null, createdAt: null, verified: true}]
UNWIND $accounts AS a
CREATE (account:Account {id: a.key, provisional: a.id IS NULL, username: a.username, handle: toLower(a.username),
                         name: a.name, followers: a.followers, following: a.following,
                         createdAt: CASE WHEN a.createdAt IS NULL THEN null ELSE datetime({epochMillis: a.createdAt}) END,
                         verified: a.verified})
RETURN a.key AS key, elementId(account) AS node;
