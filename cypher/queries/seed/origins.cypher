// Loads off-platform origins (Tarana Burke's 2006 campaign) and links each to its accounts.
// Parameters: $dataset (string), $origins (list of maps: id, name, founder, platform, year,
//   description, accounts [account ids], sources [strings]).
// Example:
//   :param dataset => 'seed-story'
//   :param origins => [{id: 'burke-2006', name: 'me too.', founder: 'Tarana Burke', platform: 'MySpace', year: 2006, description: '', accounts: ['@taranaburke'], sources: ['design']}]
UNWIND $origins AS o
MERGE (origin:Origin {id: o.id})
SET origin.name = o.name, origin.founder = o.founder, origin.platform = o.platform,
    origin.year = o.year, origin.description = o.description, origin.sources = o.sources,
    origin.dataset = $dataset
WITH origin, o
UNWIND o.accounts AS accountId
MATCH (account:Account {id: accountId})
MERGE (origin)-[:HAS_ACCOUNT]->(account);
