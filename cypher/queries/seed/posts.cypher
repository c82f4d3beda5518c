// Loads posts with their author, hashtags, mentions, replies and explicit credits to an origin.
// A replied-to post that is not in the data becomes a placeholder (observed: false).
// Parameters: $dataset (string), $posts (list of maps: id, author, createdAt (ISO-8601), text,
//   lang, reconstructed, timePrecision, replyTo, hashtags, mentions, credits, note, sources).
// Example:
//   :param dataset => 'seed-story'
//   :param posts => [{id: '919659438700670976', author: '26642006', createdAt: '2017-10-15T20:21:11Z', text: 'me too', lang: 'en', reconstructed: false, hashtags: [], mentions: [], credits: [], sources: []}]
UNWIND $posts AS p
MATCH (author:Account {id: p.author})
MERGE (post:Post {id: p.id})
SET post.createdAt = datetime(p.createdAt), post.text = p.text, post.lang = p.lang,
    post.platform = 'twitter', post.observed = true,
    post.reconstructed = coalesce(p.reconstructed, false),
    post.timePrecision = coalesce(p.timePrecision, 'second'),
    post.note = p.note, post.sources = p.sources, post.dataset = $dataset
MERGE (author)-[:POSTED]->(post)
FOREACH (tag IN coalesce(p.hashtags, []) |
  MERGE (h:Hashtag {tag: toLower(tag)})
  MERGE (post)-[:TAGS]->(h))
FOREACH (mentioned IN coalesce(p.mentions, []) |
  MERGE (m:Account {id: mentioned})
  MERGE (post)-[:MENTIONS]->(m))
FOREACH (parentId IN CASE WHEN p.replyTo IS NULL THEN [] ELSE [p.replyTo] END |
  MERGE (parent:Post {id: parentId})
  ON CREATE SET parent.observed = false
  MERGE (post)-[r:REPLY_TO]->(parent)
  SET r.reconstructed = coalesce(p.reconstructed, false))
WITH post, p
UNWIND coalesce(p.credits, []) AS originId
MATCH (origin:Origin {id: originId})
MERGE (post)-[c:CREDITS]->(origin)
SET c.via = 'stated';
