// Every account known by id whose handle also has a provisional '@handle' account: the pairs to
// merge after a bulk import (the transactional path merges them batch by batch).
// Parameters: none.
// Example (cypher-shell): run as is.
MATCH (provisional:Account)
WHERE provisional.id STARTS WITH '@'
MATCH (account:Account {handle: substring(provisional.id, 1)})
WHERE NOT account.id STARTS WITH '@'
RETURN account.id AS id, account.username AS username;
