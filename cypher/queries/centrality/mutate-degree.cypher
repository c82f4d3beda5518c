// Degree centrality (orientation REVERSE: in-degree, NATURAL: out-degree; weighted with relationshipWeightProperty).
// Writes every node's value of gds.degree into the projected graph itself, as the node property named
// by $config.mutateProperty: the embedded server then reads all of them from GDS's catalog in
// one pass (centrality.CatalogValues) instead of streaming a row per node (stream-degree.cypher,
// the path through a driver). Same configuration as the stream, plus mutateProperty.
// Parameters: $graphName (string), $config (map, GDS configuration with mutateProperty).
// Example:
//   :param graphName => 'interactions-example'
//   :param config => {mutateProperty: 'value'}
CALL gds.degree.mutate($graphName, $config)
YIELD nodePropertiesWritten
RETURN nodePropertiesWritten;
