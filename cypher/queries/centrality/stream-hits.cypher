// HITS hub and authority scores (GDS default: hitsIterations 20); $hitsKey picks 'hub' or 'auth'.
// Streams every node's value of gds.hits on a projected graph, in GDS's own configuration
// (parameters and defaults: docs/centrality.md, "Measures").
// Parameters: $graphName (string), $config (map, GDS configuration), $hitsKey ('hub' or 'auth').
// Example:
//   :param graphName => 'interactions-example'
//   :param config => {}
//   :param hitsKey => 'hub'
CALL gds.hits.stream($graphName, $config)
YIELD nodeId, values
RETURN nodeId, values[$hitsKey] AS value;
