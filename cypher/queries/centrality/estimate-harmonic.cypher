// Memory estimate before gds.closeness.harmonic, which has no .estimate procedure in GDS 2.13: the projected
// graph's estimate (gds.graph.project.estimate over a fictitious graph of the given size); the
// algorithm itself adds a few arrays of n entries.
// Parameters: $projection (map: nodeProjection, relationshipProjection, nodeCount,
//   relationshipCount).
// Example:
//   :param projection => {nodeProjection: '*', relationshipProjection: {INTERACTS: {type: '*', orientation: 'NATURAL', properties: 'weight'}}, nodeCount: 250000, relationshipCount: 330000}
CALL gds.graph.project.estimate($projection.nodeProjection, $projection.relationshipProjection,
  {nodeCount: $projection.nodeCount, relationshipCount: $projection.relationshipCount})
YIELD bytesMin, bytesMax, requiredMemory
RETURN bytesMin, bytesMax, requiredMemory;
