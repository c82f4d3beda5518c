// The posts that start a hashtag's cascade: every post tagged with it (an edited tweet once, as its
// first version, whichever of its versions carries the tag).
// Parameters: $tag (lower-case tag without '#').
// Example:
//   :param tag => 'metoo'
MATCH (:Hashtag {tag: $tag})<-[:TAGS]-(tagged:Post)
OPTIONAL MATCH (tagged)-[:EDIT_OF]->(first:Post)
WITH DISTINCT coalesce(first, tagged) AS post
OPTIONAL MATCH (author:Account)-[:POSTED]->(post)
RETURN post.id AS post, author.id AS account, author.username AS username,
       post.createdAt.epochMillis AS at, 'TAGS' AS via;
