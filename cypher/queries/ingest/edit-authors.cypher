// After a bulk import: the first version of an edited tweet gets the author of its later versions
// (the transactional path does this batch by batch in ingest/edits.cypher). Idempotent.
// Parameters: none.
// Example (cypher-shell): run as is.
MATCH (author:Account)-[:POSTED]->(:Post)-[:EDIT_OF]->(first:Post)
MERGE (author)-[:POSTED]->(first);
