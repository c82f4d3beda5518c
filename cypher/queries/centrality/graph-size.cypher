// The heap a projection in the GDS catalog holds, for keeping projections between computations
// within the memory available (least recently used first go when a computation needs the room).
// Parameters: $graphName.
// Example:
//   :param graphName => 'interactions-example'
CALL gds.graph.list($graphName) YIELD sizeInBytes
RETURN sizeInBytes;
