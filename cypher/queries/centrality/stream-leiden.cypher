// Leiden communities, undirected projection (GDS defaults: maxLevels 10, gamma 1.0, theta 0.01, tolerance 1e-4).
// Streams every node's value of gds.leiden on a projected graph, in GDS's own configuration
// (parameters and defaults: docs/centrality.md, "Measures").
// Parameters: $graphName (string), $config (map, GDS configuration).
// Example:
//   :param graphName => 'interactions-example'
//   :param config => {}
CALL gds.leiden.stream($graphName, $config)
YIELD nodeId, communityId
RETURN nodeId, communityId AS value;
