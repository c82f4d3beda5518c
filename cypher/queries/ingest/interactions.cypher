// Account-level interactions without post ids (SNAP temporal edge lists) between accounts that were
// both in the graph before this transaction: the source account retweeted, mentioned or replied to
// the target at a time. The same line twice is one relationship. Ends by node id.
// Parameters: $rows (list of maps: source, target (element ids), kind ('retweet', 'mention',
//   'reply'), at (epoch ms)).
// Example:
//   :param rows => [{source: '4:0d2f5e8a-1c2b-4f7e-9a55-3f1c2b4d5e6f:0', target: '4:0d2f5e8a-1c2b-4f7e-9a55-3f1c2b4d5e6f:1', kind: 'retweet', at: 1341100972000}]
UNWIND $rows AS row
MATCH (source:Account)
WHERE elementId(source) = row.source
MATCH (target:Account)
WHERE elementId(target) = row.target
MERGE (source)-[:INTERACTED {kind: row.kind, at: datetime({epochMillis: row.at})}]->(target);
