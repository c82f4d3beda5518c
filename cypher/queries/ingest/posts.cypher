// Merges posts (node properties only; edges are separate statements, so no statement needs an
// Eager plan). A time stated by the data is never replaced by one derived from an id; known text,
// language and conversation overwrite, unknown (null) ones leave what is stored. A placeholder
// becomes observed when its post arrives. Once collected (a record of its own in some input),
// always collected: a later description as someone's referenced tweet does not undo it.
// Parameters: $posts (list of maps: id, createdAt (epoch ms), timeFromId, text, lang, conversationId,
//   collected).
// Example:
//   :param posts => [{id: '919699405009846272', createdAt: 1508108400000, timeFromId: false, text: 'Me too', lang: 'en', conversationId: null, collected: true}]
UNWIND $posts AS p
MERGE (post:Post {id: p.id})
SET post.observed = true,
    post.platform = coalesce(post.platform, 'twitter'),
    post.timeFromId = CASE
      WHEN p.timeFromId AND post.createdAt IS NOT NULL THEN coalesce(post.timeFromId, false)
      ELSE p.timeFromId END,
    post.createdAt = CASE
      WHEN p.timeFromId AND post.createdAt IS NOT NULL THEN post.createdAt
      ELSE datetime({epochMillis: p.createdAt}) END,
    post.text = coalesce(p.text, post.text),
    post.lang = coalesce(p.lang, post.lang),
    post.conversationId = coalesce(p.conversationId, post.conversationId),
    post.collected = coalesce(post.collected, false) OR p.collected;
