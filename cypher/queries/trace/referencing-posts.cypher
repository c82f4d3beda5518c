// One breadth-first step of cascade extraction: the posts that reply to, quote or retweet any of
// the given posts, with the kind of reference, the author and the time in epoch milliseconds. The
// app calls it level by level (in chunks) and builds the tree in Java.
// Parameters: $ids (list of post ids).
// Example:
//   :param ids => ['919659438700670976']
UNWIND $ids AS id
MATCH (parent:Post {id: id})<-[reference:REPLY_TO|QUOTES|RETWEET_OF]-(child:Post)
OPTIONAL MATCH (author:Account)-[:POSTED]->(child)
RETURN child.id AS post, type(reference) AS kind, parent.id AS parent, author.id AS account,
       author.username AS username, child.createdAt.epochMillis AS at;
