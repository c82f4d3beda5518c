// Degree centrality (orientation REVERSE: in-degree, NATURAL: out-degree; weighted with relationshipWeightProperty).
// Streams every node's value of gds.degree on a projected graph, in GDS's own configuration
// (parameters and defaults: docs/centrality.md, "Measures").
// Parameters: $graphName (string), $config (map, GDS configuration).
// Example:
//   :param graphName => 'interactions-example'
//   :param config => {}
CALL gds.degree.stream($graphName, $config)
YIELD nodeId, score
RETURN nodeId, score AS value;
