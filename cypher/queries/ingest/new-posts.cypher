// Creates posts not in the graph yet (existing-posts.cypher found them missing in the same
// transaction) and returns their node ids. Edges are a later statement, so none needs an Eager plan.
// Parameters: $posts (list of maps: id, createdAt (epoch ms), timeFromId, text, lang, conversationId,
//   collected).
// Example:
//   :param posts => [{id: '919699405009846272', createdAt: 1508108400000, timeFromId: false, text: 'Me too', lang: 'en', conversationId: null, collected: true}]
UNWIND $posts AS p
CREATE (post:Post {id: p.id, observed: true, platform: 'twitter', timeFromId: p.timeFromId,
                   createdAt: datetime({epochMillis: p.createdAt}), text: p.text, lang: p.lang,
                   conversationId: p.conversationId, collected: p.collected})
RETURN p.id AS id, elementId(post) AS node;
