// A post that mentions an account of an off-platform origin credits that origin
// (e.g. Milano's 6 Dec 2017 tweet mentioning @TaranaBurke credits Burke's 2006 campaign).
// Idempotent. Parameters: none.
// Example (cypher-shell): run as is.
MATCH (origin:Origin)-[:HAS_ACCOUNT]->(:Account)<-[:MENTIONS]-(post:Post)
MERGE (post)-[c:CREDITS]->(origin)
ON CREATE SET c.via = 'mention'
RETURN count(c) AS credits;
