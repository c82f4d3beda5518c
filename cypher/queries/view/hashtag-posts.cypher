// The posts that carry a hashtag, oldest first, with their authors and the post each one replies
// to, quotes or retweets (if any): the first level of a hashtag's diffusion view.
// Parameters: $tag (lower-case, without '#'), $limit (integer, at most this many posts).
// Example:
//   :param tag => 'metoo'
//   :param limit => 1000
MATCH (:Hashtag {tag: $tag})<-[:TAGS]-(post:Post)
WITH post ORDER BY post.createdAt, post.id LIMIT $limit
OPTIONAL MATCH (author:Account)-[:POSTED]->(post)
OPTIONAL MATCH (post)-[ref:REPLY_TO|QUOTES|RETWEET_OF]->(target:Post)
WITH post, author, head(collect({id: target.id, kind: type(ref)})) AS reference
RETURN post.id AS id, post.createdAt AS time, author.id AS accountId, author.username AS username,
       author.followers AS followers, reference.id AS referenceId, reference.kind AS referenceKind;
