// The edges of posts that were in the graph before this transaction (a placeholder that arrives,
// a post imported again): who wrote each, what it replies to, quotes and retweets, whom it
// mentions and which hashtags it carries. Merged between bound nodes, so importing a post twice
// changes nothing and no statement needs an Eager plan. Every end is addressed by node id, found
// or created earlier in the transaction; a null id means no such edge.
// Parameters: $rows (list of maps: post, author, replyTo, quoted, retweeted (element ids or null),
//   mentions, tags (lists of element ids)).
// Example:
//   :param rows => [{post: '4:0d2f5e8a-1c2b-4f7e-9a55-3f1c2b4d5e6f:9', author: '4:0d2f5e8a-1c2b-4f7e-9a55-3f1c2b4d5e6f:0', replyTo: null, quoted: null, retweeted: '4:0d2f5e8a-1c2b-4f7e-9a55-3f1c2b4d5e6f:7', mentions: [], tags: []}]
UNWIND $rows AS row
MATCH (post:Post)
WHERE elementId(post) = row.post
CALL (post, row) {
  MATCH (author:Account) WHERE elementId(author) = row.author
  MERGE (author)-[:POSTED]->(post)
}
CALL (post, row) {
  MATCH (replied:Post) WHERE elementId(replied) = row.replyTo
  MERGE (post)-[:REPLY_TO]->(replied)
}
CALL (post, row) {
  MATCH (quoted:Post) WHERE elementId(quoted) = row.quoted
  MERGE (post)-[:QUOTES]->(quoted)
}
CALL (post, row) {
  MATCH (original:Post) WHERE elementId(original) = row.retweeted
  MERGE (post)-[:RETWEET_OF]->(original)
}
CALL (post, row) {
  UNWIND row.mentions AS mentioned
  MATCH (account:Account) WHERE elementId(account) = mentioned
  MERGE (post)-[:MENTIONS]->(account)
}
CALL (post, row) {
  UNWIND row.tags AS tag
  MATCH (hashtag:Hashtag) WHERE elementId(hashtag) = tag
  MERGE (post)-[:TAGS]->(hashtag)
};
