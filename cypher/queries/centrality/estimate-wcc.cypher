// Memory estimate of gds.wcc (GDS .estimate) over a fictitious projection of the given size, made
// before projecting; bytesMin includes the projected graph.
// Parameters: $projection (map: nodeProjection, relationshipProjection, nodeCount,
//   relationshipCount), $config (map, GDS configuration).
// Example:
//   :param projection => {nodeProjection: '*', relationshipProjection: {INTERACTS: {type: '*', orientation: 'NATURAL', properties: 'weight'}}, nodeCount: 250000, relationshipCount: 330000}
//   :param config => {}
CALL gds.wcc.stream.estimate($projection, $config)
YIELD bytesMin, bytesMax, requiredMemory
RETURN bytesMin, bytesMax, requiredMemory;
