// Core value of k-core decomposition (undirected projection).
// Streams every node's value of gds.kcore on a projected graph, in GDS's own configuration
// (parameters and defaults: docs/centrality.md, "Measures").
// Parameters: $graphName (string), $config (map, GDS configuration).
// Example:
//   :param graphName => 'interactions-example'
//   :param config => {}
CALL gds.kcore.stream($graphName, $config)
YIELD nodeId, coreValue
RETURN nodeId, coreValue AS value;
