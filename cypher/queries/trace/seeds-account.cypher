// The posts that start an account's cascade: everything the account posted (an edited tweet once,
// as its first version).
// Parameters: $id (account id, string).
// Example:
//   :param id => '26642006'
MATCH (author:Account {id: $id})-[:POSTED]->(post:Post)
WHERE NOT (post)-[:EDIT_OF]->(:Post)
RETURN post.id AS post, author.id AS account, author.username AS username,
       post.createdAt.epochMillis AS at, 'POSTED' AS via;
