// Closeness centrality (GDS default: useWassermanFaust false; the app passes true unless asked otherwise).
// Writes every node's value of gds.closeness into the projected graph itself, as the node property named
// by $config.mutateProperty: the embedded server then reads all of them from GDS's catalog in
// one pass (centrality.CatalogValues) instead of streaming a row per node (stream-closeness.cypher,
// the path through a driver). Same configuration as the stream, plus mutateProperty.
// Parameters: $graphName (string), $config (map, GDS configuration with mutateProperty).
// Example:
//   :param graphName => 'interactions-example'
//   :param config => {mutateProperty: 'value'}
CALL gds.closeness.mutate($graphName, $config)
YIELD nodePropertiesWritten
RETURN nodePropertiesWritten;
