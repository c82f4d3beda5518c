// Account-level interactions without post ids (SNAP temporal edge lists) where at least one account
// was created earlier in the same transaction (new-accounts.cypher), so the edge cannot exist yet:
// created, not merged. The source account retweeted, mentioned or replied to the target at a time.
// Ends by node id.
// Parameters: $rows (list of maps: source, target (element ids), kind ('retweet', 'mention',
//   'reply'), at (epoch ms)).
// Example:
//   :param rows => [{source: '4:0d2f5e8a-1c2b-4f7e-9a55-3f1c2b4d5e6f:0', target: '4:0d2f5e8a-1c2b-4f7e-9a55-3f1c2b4d5e6f:1', kind: 'retweet', at: 1341100972000}]
UNWIND $rows AS row
MATCH (source:Account)
WHERE elementId(source) = row.source
MATCH (target:Account)
WHERE elementId(target) = row.target
CREATE (source)-[:INTERACTED {kind: row.kind, at: datetime({epochMillis: row.at})}]->(target);
