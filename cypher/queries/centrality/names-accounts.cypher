// The account behind each GDS node id of an account projection: its id and username.
// Parameters: $nodeIds (list of integers, as GDS streams them).
// Example:
//   :param nodeIds => [0, 1, 2]
UNWIND $nodeIds AS nodeId
WITH nodeId, gds.util.asNode(nodeId) AS account
RETURN nodeId, account.id AS id, account.username AS username;
