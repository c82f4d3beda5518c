// Records which state of the graph the AMPLIFIED relationships were built from: $version is the
// embedded database's last committed transaction id once this transaction commits. Any later
// write makes them stale, and centrality projects from the posts again until they are rebuilt.
// Also records whether every account has one (then projections need no filtering:
// amplified/every-account.cypher).
// Parameters: $version (integer; -1 when the build is incomplete), $dataVersion (integer, the last
//   committed transaction id before the build: the data's own version), $pairs (integer, pairs
//   written), $millis (build time), $everyAccount (boolean).
// Example:
//   :param version => 42
//   :param dataVersion => 7
//   :param pairs => 1000
//   :param millis => 1200
//   :param everyAccount => false
MERGE (marker:MaterialisedGraph {name: 'AMPLIFIED'})
SET marker.version = $version, marker.dataVersion = $dataVersion, marker.relationships = $pairs, marker.builtMillis = $millis,
    marker.builtAt = datetime(), marker.everyAccount = $everyAccount;
