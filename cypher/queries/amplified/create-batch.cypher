// Materialises a batch of amplification pairs (from amplified/pairs.cypher) as
// (amplifier:Account)-[:AMPLIFIED {retweets, replies, quotes, mentions, count}]->(amplified:Account),
// count being the four kinds' sum: the weight of centrality's projection over every kind.
// Parameters: $pairs (list of maps: source, target (account ids), retweets, replies, quotes, mentions).
// Example:
//   :param pairs => [{source: '1', target: '2', retweets: 2, replies: 0, quotes: 1, mentions: 0}]
UNWIND $pairs AS pair
MATCH (source:Account {id: pair.source})
MATCH (target:Account {id: pair.target})
CREATE (source)-[:AMPLIFIED {retweets: pair.retweets, replies: pair.replies, quotes: pair.quotes,
        mentions: pair.mentions, count: pair.retweets + pair.replies + pair.quotes + pair.mentions}]->(target);
