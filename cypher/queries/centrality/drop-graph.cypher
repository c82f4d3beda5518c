// Drops a projected graph from the GDS catalog; no error when it does not exist.
// Parameters: $graphName.
// Example:
//   :param graphName => 'interactions-example'
CALL gds.graph.drop($graphName, false) YIELD graphName
RETURN graphName;
