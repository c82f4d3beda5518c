// The posts that start a hashtag's cascade: every post tagged with it.
// Parameters: $tag (lower-case tag without '#').
// Example:
//   :param tag => 'metoo'
MATCH (:Hashtag {tag: $tag})<-[:TAGS]-(post:Post)
OPTIONAL MATCH (author:Account)-[:POSTED]->(post)
RETURN post.id AS post, author.id AS account, author.username AS username,
       post.createdAt.epochMillis AS at, 'TAGS' AS via;
