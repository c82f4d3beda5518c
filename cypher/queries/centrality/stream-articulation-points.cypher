// Articulation points (undirected projection); only the points are streamed.
// Streams every node's value of gds.articulationPoints on a projected graph, in GDS's own configuration
// (parameters and defaults: docs/centrality.md, "Measures").
// Parameters: $graphName (string), $config (map, GDS configuration).
// Example:
//   :param graphName => 'interactions-example'
//   :param config => {}
CALL gds.articulationPoints.stream($graphName, $config)
YIELD nodeId
RETURN nodeId, 1 AS value;
