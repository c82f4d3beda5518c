// Betweenness centrality, exact, or sampled with samplingSize (and samplingSeed).
// Streams every node's value of gds.betweenness on a projected graph, in GDS's own configuration
// (parameters and defaults: docs/centrality.md, "Measures").
// Parameters: $graphName (string), $config (map, GDS configuration).
// Example:
//   :param graphName => 'interactions-example'
//   :param config => {}
CALL gds.betweenness.stream($graphName, $config)
YIELD nodeId, score
RETURN nodeId, score AS value;
