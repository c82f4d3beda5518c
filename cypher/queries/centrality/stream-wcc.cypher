// Weakly connected components.
// Streams every node's value of gds.wcc on a projected graph, in GDS's own configuration
// (parameters and defaults: docs/centrality.md, "Measures").
// Parameters: $graphName (string), $config (map, GDS configuration).
// Example:
//   :param graphName => 'interactions-example'
//   :param config => {}
CALL gds.wcc.stream($graphName, $config)
YIELD nodeId, componentId
RETURN nodeId, componentId AS value;
