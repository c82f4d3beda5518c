// Top accounts by weighted PageRank over a projected interaction graph (GDS defaults:
// dampingFactor 0.85, maxIterations 20, tolerance 1e-7).
// Parameters: $graphName, $dampingFactor (float), $maxIterations (integer), $limit (integer).
// Example:
//   :param graphName => 'interactions-example'
//   :param dampingFactor => 0.85
//   :param maxIterations => 20
//   :param limit => 10
CALL gds.pageRank.stream($graphName, {
  relationshipWeightProperty: 'weight', dampingFactor: $dampingFactor, maxIterations: $maxIterations
})
YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS account, score
RETURN account.id AS id, account.username AS username, score
ORDER BY score DESC, id
LIMIT $limit;
