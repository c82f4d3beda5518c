// Bridges (undirected projection): edges whose removal disconnects their component.
// Streams every node's value of gds.bridges on a projected graph, in GDS's own configuration
// (parameters and defaults: docs/centrality.md, "Measures").
// Parameters: $graphName (string), $config (map, GDS configuration).
// Example:
//   :param graphName => 'interactions-example'
//   :param config => {}
CALL gds.bridges.stream($graphName, $config)
YIELD from, to
RETURN from, to;
