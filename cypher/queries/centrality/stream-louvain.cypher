// Louvain communities (GDS defaults: maxLevels 10, maxIterations 10, tolerance 1e-4).
// Streams every node's value of gds.louvain on a projected graph, in GDS's own configuration
// (parameters and defaults: docs/centrality.md, "Measures").
// Parameters: $graphName (string), $config (map, GDS configuration).
// Example:
//   :param graphName => 'interactions-example'
//   :param config => {}
CALL gds.louvain.stream($graphName, $config)
YIELD nodeId, communityId
RETURN nodeId, communityId AS value;
