// Materialises a batch of amplification pairs (from amplified/pairs.cypher) as
// (amplifier:Account)-[:AMPLIFIED {retweets, replies, quotes, mentions, count}]->(amplified:Account),
// count being the four kinds' sum: the weight of centrality's projection over every kind.
// Nodes by the element ids the pairs were read with, in the same build.
// Parameters: $pairs (list of maps: source, target (element ids), retweets, replies, quotes, mentions).
// Example:
//   :param pairs => [{source: '4:0f1c...:1', target: '4:0f1c...:2', retweets: 2, replies: 0, quotes: 1, mentions: 0}]
UNWIND $pairs AS pair
MATCH (source) WHERE elementId(source) = pair.source
MATCH (target) WHERE elementId(target) = pair.target
CREATE (source)-[:AMPLIFIED {retweets: pair.retweets, replies: pair.replies, quotes: pair.quotes,
        mentions: pair.mentions, count: pair.retweets + pair.replies + pair.quotes + pair.mentions}]->(target);
