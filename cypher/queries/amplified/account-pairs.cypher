// The amplification pairs (as amplified/pairs.cypher, every kind) that have one of the given
// accounts at either end: after a bulk import, the pairs of the accounts its settling changed
// (provisional accounts merged, edit authors, the seed story), to materialise again. A pair with
// both ends given comes once, from its source's side.
// Parameters: $accounts (list of account ids).
// Example:
//   :param accounts => ['26642006']
UNWIND $accounts AS id
MATCH (account:Account {id: id})
CALL (account) {
  MATCH (account)-[:POSTED]->(:Post)-[reference:REPLY_TO|QUOTES|RETWEET_OF]->(:Post)<-[:POSTED]-(target:Account)
  RETURN account AS source, target, CASE type(reference) WHEN 'REPLY_TO' THEN 'reply' WHEN 'QUOTES' THEN 'quote' ELSE 'retweet' END AS kind
  UNION ALL
  MATCH (account)-[:POSTED]->(:Post)-[:MENTIONS]->(target:Account)
  RETURN account AS source, target, 'mention' AS kind
  UNION ALL
  MATCH (account)-[interaction:INTERACTED]->(target)
  RETURN account AS source, target, interaction.kind AS kind
  UNION ALL
  MATCH (source:Account)-[:POSTED]->(:Post)-[reference:REPLY_TO|QUOTES|RETWEET_OF]->(:Post)<-[:POSTED]-(account)
  WHERE NOT source.id IN $accounts
  RETURN source, account AS target, CASE type(reference) WHEN 'REPLY_TO' THEN 'reply' WHEN 'QUOTES' THEN 'quote' ELSE 'retweet' END AS kind
  UNION ALL
  MATCH (source:Account)-[:POSTED]->(:Post)-[:MENTIONS]->(account)
  WHERE NOT source.id IN $accounts
  RETURN source, account AS target, 'mention' AS kind
  UNION ALL
  MATCH (source)-[interaction:INTERACTED]->(account)
  WHERE NOT source.id IN $accounts
  RETURN source, account AS target, interaction.kind AS kind
}
WITH source, target, kind
WHERE source <> target AND kind IN ['retweet', 'reply', 'quote', 'mention']
WITH source, target, count(CASE kind WHEN 'retweet' THEN 1 END) AS retweets,
     count(CASE kind WHEN 'reply' THEN 1 END) AS replies, count(CASE kind WHEN 'quote' THEN 1 END) AS quotes,
     count(CASE kind WHEN 'mention' THEN 1 END) AS mentions
RETURN elementId(source) AS source, elementId(target) AS target, retweets, replies, quotes, mentions;
