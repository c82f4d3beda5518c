// Whether every account has an AMPLIFIED relationship, recorded by amplified/mark.cypher: then
// projections from them need no filtering. The search stops at the first account without one, where
// counting both scanned every account (seconds at 300k).
// Parameters: none.
// Example (cypher-shell): run as is.
RETURN NOT EXISTS { MATCH (account:Account) WHERE NOT EXISTS { (account)-[:AMPLIFIED]-() } } AS everyAccount;
