// The account amplification graph to materialise as AMPLIFIED relationships: every ordered pair
// of distinct accounts where the first retweeted, replied to, quoted or mentioned the second, with
// how many times by kind, from post-level data (POSTED posts, their references and mentions) and
// account-level data (INTERACTED, e.g. SNAP) alike. The same matches as
// centrality/project-accounts.cypher over every kind and no window (keep the two in step).
// Nodes by element id, as INTERACTED's ends need no label.
// Parameters: $kinds (list: 'retweet', 'reply', 'quote', 'mention', the kinds counted).
// Example:
//   :param kinds => ['retweet', 'reply', 'quote', 'mention']
CALL () {
  MATCH (source:Account)-[:POSTED]->(:Post)-[reference:REPLY_TO|QUOTES|RETWEET_OF]->(:Post)<-[:POSTED]-(target:Account)
  RETURN source, target, CASE type(reference) WHEN 'REPLY_TO' THEN 'reply' WHEN 'QUOTES' THEN 'quote' ELSE 'retweet' END AS kind
  UNION ALL
  MATCH (source:Account)-[:POSTED]->(:Post)-[:MENTIONS]->(target:Account)
  RETURN source, target, 'mention' AS kind
  UNION ALL
  // No labels on INTERACTED's ends: the planner scans the relationship type (see project-accounts.cypher).
  MATCH (source)-[interaction:INTERACTED]->(target)
  RETURN source, target, interaction.kind AS kind
}
WITH source, target, kind
WHERE source <> target AND kind IN $kinds
WITH source, target, count(CASE kind WHEN 'retweet' THEN 1 END) AS retweets,
     count(CASE kind WHEN 'reply' THEN 1 END) AS replies, count(CASE kind WHEN 'quote' THEN 1 END) AS quotes,
     count(CASE kind WHEN 'mention' THEN 1 END) AS mentions
RETURN elementId(source) AS source, elementId(target) AS target, retweets, replies, quotes, mentions;
