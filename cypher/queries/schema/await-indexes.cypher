// Waits until every index is online. Neo4j populates a new index in the background; a database just
// built by the offline importer gets its indexes at first start and is ready when they are.
// Parameters: $seconds (integer): how long to wait before failing.
// Example:
//   :param seconds => 600
CALL db.awaitIndexes($seconds);
