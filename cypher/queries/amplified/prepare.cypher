// Before a build of the AMPLIFIED relationships (builtAt: when it started): marks them stale
// (version -1) until the build records its own, and makes the database create the names the
// build writes (label, relationship type, property keys; each new name is a transaction of its
// own) here rather than during the build, whose commits are counted.
// Parameters: none.
// Example (cypher-shell): run as is.
MERGE (marker:MaterialisedGraph {name: 'AMPLIFIED'})
SET marker.version = -1, marker.dataVersion = -1, marker.relationships = 0, marker.builtMillis = 0, marker.builtAt = datetime(),
    marker.everyAccount = false
CREATE (marker)-[probe:AMPLIFIED {retweets: 0, replies: 0, quotes: 0, mentions: 0, count: 0}]->(marker)
DELETE probe;
