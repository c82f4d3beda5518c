// The root of a post's cascade: the post, its author and its time in epoch milliseconds
// (createdAt; for a placeholder it may come from the snowflake id, or be null when unknown).
// Parameters: $id (post id, string).
// Example:
//   :param id => '919659438700670976'
MATCH (post:Post {id: $id})
OPTIONAL MATCH (author:Account)-[:POSTED]->(post)
RETURN post.id AS post, author.id AS account, author.username AS username,
       post.createdAt.epochMillis AS at;
