// Number of nodes per label, read from Neo4j's count store (constant time at any graph size);
// schema and derived-data bookkeeping and labels no node carries any more are left out.
// Parameters: none.
// Example (cypher-shell): run as is.
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
UNWIND data.nodes AS entry
WITH entry
WHERE entry.label IS NOT NULL AND NOT entry.label IN ['SchemaMigration', 'MaterialisedGraph'] AND entry.count > 0
RETURN entry.label AS label, entry.count AS count
ORDER BY label;
