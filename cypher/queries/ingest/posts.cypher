// Merges posts with their author, hashtags, mentions and the posts they reply to, quote or
// retweet. A referenced post not (yet) in the data becomes a placeholder (observed: false,
// createdAt from its snowflake id); when it arrives it is completed. A time stated by the data is
// never replaced by one derived from an id.
// Parameters: $posts (list of maps: id, author (account key or null), createdAt (epoch ms),
//   timeFromId, text, lang, conversationId, hashtags (lower-case), mentions (account keys),
//   replyTo, replyToTime, quoted, quotedTime, retweeted, retweetedTime (ids or null; times in epoch ms)).
// Example:
//   :param posts => [{id: '919699405009846272', author: '@annapaquin', createdAt: 1508108400000, timeFromId: false, text: 'Me too', lang: 'en', conversationId: null, hashtags: [], mentions: [], replyTo: '919659438700670976', replyToTime: 1508098871289, quoted: null, quotedTime: null, retweeted: null, retweetedTime: null}]
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
    post.conversationId = coalesce(p.conversationId, post.conversationId)
FOREACH (authorKey IN CASE WHEN p.author IS NULL THEN [] ELSE [p.author] END |
  MERGE (author:Account {id: authorKey})
  ON CREATE SET author.provisional = authorKey STARTS WITH '@'
  MERGE (author)-[:POSTED]->(post))
FOREACH (tag IN p.hashtags |
  MERGE (hashtag:Hashtag {tag: tag})
  MERGE (post)-[:TAGS]->(hashtag))
FOREACH (accountKey IN p.mentions |
  MERGE (mentioned:Account {id: accountKey})
  ON CREATE SET mentioned.provisional = accountKey STARTS WITH '@'
  MERGE (post)-[:MENTIONS]->(mentioned))
FOREACH (targetId IN CASE WHEN p.replyTo IS NULL THEN [] ELSE [p.replyTo] END |
  MERGE (target:Post {id: targetId})
  ON CREATE SET target.observed = false, target.createdAt = datetime({epochMillis: p.replyToTime}),
                target.timeFromId = true
  MERGE (post)-[:REPLY_TO]->(target))
FOREACH (targetId IN CASE WHEN p.quoted IS NULL THEN [] ELSE [p.quoted] END |
  MERGE (target:Post {id: targetId})
  ON CREATE SET target.observed = false, target.createdAt = datetime({epochMillis: p.quotedTime}),
                target.timeFromId = true
  MERGE (post)-[:QUOTES]->(target))
FOREACH (targetId IN CASE WHEN p.retweeted IS NULL THEN [] ELSE [p.retweeted] END |
  MERGE (target:Post {id: targetId})
  ON CREATE SET target.observed = false, target.createdAt = datetime({epochMillis: p.retweetedTime}),
                target.timeFromId = true
  MERGE (post)-[:RETWEET_OF]->(target));
