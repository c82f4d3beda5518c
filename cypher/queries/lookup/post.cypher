// One post with its author, hashtags, mentions, the posts it references and how often it is
// referenced. Parameters: $id (post id, string).
// Example:
//   :param id => '919659438700670976'
MATCH (post:Post {id: $id})
OPTIONAL MATCH (author:Account)-[:POSTED]->(post)
RETURN post {.*, createdAt: toString(post.createdAt)} AS post,
       author {.id, .username, .name} AS author,
       [(post)-[:TAGS]->(h:Hashtag) | h.tag] AS hashtags,
       [(post)-[:MENTIONS]->(a:Account) | a {.id, .username}] AS mentions,
       [(post)-[r:REPLY_TO|QUOTES|RETWEET_OF]->(target:Post) | {kind: type(r), id: target.id}] AS references,
       [(post)-[:CREDITS]->(o:Origin) | o.id] AS credits,
       COUNT { (:Post)-[:REPLY_TO]->(post) } AS replies,
       COUNT { (:Post)-[:QUOTES]->(post) } AS quotes,
       COUNT { (:Post)-[:RETWEET_OF]->(post) } AS retweets;
