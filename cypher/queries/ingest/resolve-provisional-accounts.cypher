// An account first known only by handle ('@handle') is merged into the account of the same
// handle once its platform id shows up: its relationships move over, the provisional node goes.
// Plain Cypher (no APOC) so it runs on any Neo4j 5 server.
// Parameters: $accounts (list of maps: id, username) for accounts whose id and handle are both known.
// Example:
//   :param accounts => [{id: '26642006', username: 'Alyssa_Milano'}]
UNWIND $accounts AS a
MATCH (provisional:Account {id: '@' + toLower(a.username)})
MATCH (account:Account {id: a.id})
CALL (provisional, account) {
  MATCH (provisional)-[r:POSTED]->(post)
  MERGE (account)-[:POSTED]->(post)
  DELETE r
}
CALL (provisional, account) {
  MATCH (post)-[r:MENTIONS]->(provisional)
  MERGE (post)-[:MENTIONS]->(account)
  DELETE r
}
CALL (provisional, account) {
  MATCH (provisional)-[r:FOLLOWS]->(other)
  MERGE (account)-[:FOLLOWS]->(other)
  DELETE r
}
CALL (provisional, account) {
  MATCH (other)-[r:FOLLOWS]->(provisional)
  MERGE (other)-[:FOLLOWS]->(account)
  DELETE r
}
CALL (provisional, account) {
  MATCH (provisional)-[r:INTERACTED]->(other)
  MERGE (account)-[:INTERACTED {kind: r.kind, at: r.at}]->(other)
  DELETE r
}
CALL (provisional, account) {
  MATCH (other)-[r:INTERACTED]->(provisional)
  MERGE (other)-[:INTERACTED {kind: r.kind, at: r.at}]->(account)
  DELETE r
}
CALL (provisional, account) {
  MATCH (origin:Origin)-[r:HAS_ACCOUNT]->(provisional)
  MERGE (origin)-[:HAS_ACCOUNT]->(account)
  DELETE r
}
SET account.name = coalesce(account.name, provisional.name),
    account.sources = coalesce(account.sources, provisional.sources),
    account.provisional = false
DETACH DELETE provisional;
