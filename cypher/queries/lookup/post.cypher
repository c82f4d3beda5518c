// One post with its author, hashtags, mentions, the posts it references and how often it is
// referenced. Parameters: $id (post id, string).
// Example:
//   :param id => '919659438700670976'
// The counts leave the other end unlabelled (only posts reply, quote and retweet): Neo4j then reads
// the post's degree by type instead of visiting every reply, so the cost does not grow with them.
MATCH (post:Post {id: $id})
OPTIONAL MATCH (author:Account)-[:POSTED]->(post)
RETURN post {.*, createdAt: toString(post.createdAt)} AS post,
       author {.id, .username, .name} AS author,
       [(post)-[:TAGS]->(h:Hashtag) | h.tag] AS hashtags,
       [(post)-[:MENTIONS]->(a:Account) | a {.id, .username}] AS mentions,
       [(post)-[r:REPLY_TO|QUOTES|RETWEET_OF]->(target:Post) | {kind: type(r), id: target.id}] AS references,
       [(post)-[:CREDITS]->(o:Origin) | o.id] AS credits,
       COUNT { ()-[:REPLY_TO]->(post) } AS replies,
       COUNT { ()-[:QUOTES]->(post) } AS quotes,
       COUNT { ()-[:RETWEET_OF]->(post) } AS retweets;
