// The post behind each GDS node id of a post projection: its id and its author's username.
// Parameters: $nodeIds (list of integers, as GDS streams them).
// Example:
//   :param nodeIds => [0, 1, 2]
UNWIND $nodeIds AS nodeId
WITH nodeId, gds.util.asNode(nodeId) AS post
OPTIONAL MATCH (author:Account)-[:POSTED]->(post)
RETURN nodeId, post.id AS id, head(collect(author.username)) AS username;
