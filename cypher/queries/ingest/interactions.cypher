// Account-level interactions without post ids (SNAP temporal edge lists): the source account
// retweeted, mentioned or replied to the target at a time. Idempotent: the same line twice is one
// relationship.
// Parameters: $interactions (list of maps: source, target (account keys), kind ('retweet',
//   'mention', 'reply'), at (epoch ms)).
// Example:
//   :param interactions => [{source: '1', target: '2', kind: 'retweet', at: 1341100972000}]
UNWIND $interactions AS i
MERGE (source:Account {id: i.source})
ON CREATE SET source.provisional = i.source STARTS WITH '@'
MERGE (target:Account {id: i.target})
ON CREATE SET target.provisional = i.target STARTS WITH '@'
MERGE (source)-[:INTERACTED {kind: i.kind, at: datetime({epochMillis: i.at})}]->(target);
