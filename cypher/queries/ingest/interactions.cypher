// Account-level interactions without post ids (SNAP temporal edge lists): the source account
// retweeted, mentioned or replied to the target at a time. The same line twice is one relationship.
// Both accounts exist already (merged earlier in the same transaction).
// Parameters: $rows (list of maps: source, target (account keys), kind ('retweet', 'mention',
//   'reply'), at (epoch ms)).
// Example:
//   :param rows => [{source: '1', target: '2', kind: 'retweet', at: 1341100972000}]
UNWIND $rows AS row
MATCH (source:Account {id: row.source})
MATCH (target:Account {id: row.target})
MERGE (source)-[:INTERACTED {kind: row.kind, at: datetime({epochMillis: row.at})}]->(target);
