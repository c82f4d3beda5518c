// Harmonic centrality.
// Streams every node's value of gds.closeness.harmonic on a projected graph, in GDS's own configuration
// (parameters and defaults: docs/centrality.md, "Measures").
// Parameters: $graphName (string), $config (map, GDS configuration).
// Example:
//   :param graphName => 'interactions-example'
//   :param config => {}
CALL gds.closeness.harmonic.stream($graphName, $config)
YIELD nodeId, score
RETURN nodeId, score AS value;
