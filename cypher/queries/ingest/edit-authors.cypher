// After a bulk import: the first version of an edited tweet gets the author of its later versions
// (the transactional path does this batch by batch in ingest/edits.cypher). Idempotent. Returns the
// authors who got a post, whose AMPLIFIED pairs change.
// Parameters: none.
// Example (cypher-shell): run as is.
MATCH (author:Account)-[:POSTED]->(:Post)-[:EDIT_OF]->(first:Post)
WHERE NOT EXISTS { (author)-[:POSTED]->(first) }
MERGE (author)-[:POSTED]->(first)
RETURN DISTINCT author.id AS id;
