// The edges of posts created earlier in the same transaction (new-posts.cypher): who wrote each,
// what it replies to, quotes and retweets, whom it mentions and which hashtags it carries. A post
// just created has no edge yet, so they are created, not merged. Every end is addressed by node
// id, found or created earlier in the transaction; a null id means no such edge.
// Parameters: $rows (list of maps: post, author, replyTo, quoted, retweeted (element ids or null),
//   mentions, tags (lists of element ids)).
// Example:
//   :param rows => [{post: '4:0d2f5e8a-1c2b-4f7e-9a55-3f1c2b4d5e6f:9', author: '4:0d2f5e8a-1c2b-4f7e-9a55-3f1c2b4d5e6f:0', replyTo: null, quoted: null, retweeted: '4:0d2f5e8a-1c2b-4f7e-9a55-3f1c2b4d5e6f:7', mentions: [], tags: []}]
UNWIND $rows AS row
MATCH (post:Post)
WHERE elementId(post) = row.post
CALL (post, row) {
  MATCH (author:Account) WHERE elementId(author) = row.author
  CREATE (author)-[:POSTED]->(post)
}
CALL (post, row) {
  MATCH (replied:Post) WHERE elementId(replied) = row.replyTo
  CREATE (post)-[:REPLY_TO]->(replied)
}
CALL (post, row) {
  MATCH (quoted:Post) WHERE elementId(quoted) = row.quoted
  CREATE (post)-[:QUOTES]->(quoted)
}
CALL (post, row) {
  MATCH (original:Post) WHERE elementId(original) = row.retweeted
  CREATE (post)-[:RETWEET_OF]->(original)
}
CALL (post, row) {
  UNWIND row.mentions AS mentioned
  MATCH (account:Account) WHERE elementId(account) = mentioned
  CREATE (post)-[:MENTIONS]->(account)
}
CALL (post, row) {
  UNWIND row.tags AS tag
  MATCH (hashtag:Hashtag) WHERE elementId(hashtag) = tag
  CREATE (post)-[:TAGS]->(hashtag)
};
