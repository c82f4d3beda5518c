// The root post of a diffusion view, with its author. Used by the graph views (web viewer,
// renders, exports) before they walk the cascade with view/responses.
// Parameters: $id (post id, string).
// Example:
//   :param id => '919659438700670976'
MATCH (post:Post {id: $id})
OPTIONAL MATCH (author:Account)-[:POSTED]->(post)
RETURN post.id AS id, post.createdAt AS time, author.id AS accountId, author.username AS username,
       author.followers AS followers;
