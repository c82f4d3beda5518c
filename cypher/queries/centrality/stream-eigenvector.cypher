// Eigenvector centrality (GDS defaults: maxIterations 20, tolerance 1e-7).
// Streams every node's value of gds.eigenvector on a projected graph, in GDS's own configuration
// (parameters and defaults: docs/centrality.md, "Measures").
// Parameters: $graphName (string), $config (map, GDS configuration).
// Example:
//   :param graphName => 'interactions-example'
//   :param config => {}
CALL gds.eigenvector.stream($graphName, $config)
YIELD nodeId, score
RETURN nodeId, score AS value;
