// Which of a batch's accounts are in the graph already, and their node ids: the importer creates
// the others with CREATE (no MERGE) and then addresses every account by node id. A plain read,
// without locks: imports run one at a time (ImportService), so none creates or deletes accounts
// between this read and the batch's writes; another writer's account of the same id makes the
// batch's CREATE fail on the key constraint, and the batch is written again.
// Parameters: $keys (list of account keys: platform ids, or '@handle' for accounts known by handle only).
// Example:
//   :param keys => ['26642006', '@taranaburke']
UNWIND $keys AS key
MATCH (account:Account {id: key})
RETURN key, elementId(account) AS node;
