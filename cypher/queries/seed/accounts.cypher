// Loads accounts. An id starting with '@' is provisional (the platform id is not known).
// Parameters: $dataset (string), $accounts (list of maps: id, username, name, reconstructed,
//   sources).
// Example:
//   :param dataset => 'seed-story'
//   :param accounts => [{id: '26642006', username: 'Alyssa_Milano', name: 'Alyssa Milano', reconstructed: false, sources: ['design']}]
UNWIND $accounts AS a
MERGE (account:Account {id: a.id})
SET account.username = a.username, account.handle = toLower(a.username), account.name = a.name,
    account.provisional = a.id STARTS WITH '@', account.reconstructed = coalesce(a.reconstructed, false),
    account.sources = a.sources, account.dataset = $dataset;
