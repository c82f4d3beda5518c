// One breadth-first level of a cascade: the posts that reply to, quote or retweet any of the given
// posts, with their authors. The graph views call it level by level from a root, so a cascade of
// n posts costs (depth + 1) queries and O(n) rows.
// Parameters: $ids (list of post ids, strings).
// Example:
//   :param ids => ['919659438700670976']
UNWIND $ids AS parentId
MATCH (parent:Post {id: parentId})<-[ref:REPLY_TO|QUOTES|RETWEET_OF]-(post:Post)
OPTIONAL MATCH (author:Account)-[:POSTED]->(post)
RETURN parentId, post.id AS id, type(ref) AS kind, post.createdAt AS time,
       author.id AS accountId, author.username AS username, author.followers AS followers;
