// Closeness centrality (GDS default: useWassermanFaust false; the app passes true unless asked otherwise).
// Streams every node's value of gds.closeness on a projected graph, in GDS's own configuration
// (parameters and defaults: docs/centrality.md, "Measures").
// Parameters: $graphName (string), $config (map, GDS configuration).
// Example:
//   :param graphName => 'interactions-example'
//   :param config => {useWassermanFaust: true}
CALL gds.closeness.stream($graphName, $config)
YIELD nodeId, score
RETURN nodeId, score AS value;
