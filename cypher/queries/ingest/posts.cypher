// Updates posts already in the graph (by node id) with a new description of them. A time stated by
// the data is never replaced by one derived from an id; known text, language and conversation
// overwrite, unknown (null) ones leave what is stored. A placeholder becomes observed when its post
// arrives. Once collected (a record of its own in some input), always collected: a later
// description as someone's referenced tweet does not undo it. Only posts that would change are
// written (a retweeted original comes with every retweet).
// Parameters: $posts (list of maps: node (element id), createdAt (epoch ms), timeFromId, text, lang,
//   conversationId, collected).
// Example:
//   :param posts => [{node: '4:0d2f5e8a-1c2b-4f7e-9a55-3f1c2b4d5e6f:7', createdAt: 1508108400000, timeFromId: false, text: 'Me too', lang: 'en', conversationId: null, collected: true}]
UNWIND $posts AS p
MATCH (post:Post)
WHERE elementId(post) = p.node
WITH post, p, p.timeFromId AND post.createdAt IS NOT NULL AS keepsTime
WITH post, p,
     CASE WHEN keepsTime THEN coalesce(post.timeFromId, false) ELSE p.timeFromId END AS timeFromId,
     CASE WHEN keepsTime THEN post.createdAt ELSE datetime({epochMillis: p.createdAt}) END AS createdAt,
     coalesce(post.collected, false) OR p.collected AS collected
WHERE NOT coalesce(post.observed AND post.platform IS NOT NULL AND post.timeFromId = timeFromId
                   AND post.createdAt = createdAt AND post.collected = collected, false)
   OR (p.text IS NOT NULL AND NOT coalesce(post.text = p.text, false))
   OR (p.lang IS NOT NULL AND NOT coalesce(post.lang = p.lang, false))
   OR (p.conversationId IS NOT NULL AND NOT coalesce(post.conversationId = p.conversationId, false))
SET post.observed = true,
    post.platform = coalesce(post.platform, 'twitter'),
    post.timeFromId = timeFromId,
    post.createdAt = createdAt,
    post.text = coalesce(p.text, post.text),
    post.lang = coalesce(p.lang, post.lang),
    post.conversationId = coalesce(p.conversationId, post.conversationId),
    post.collected = collected;
