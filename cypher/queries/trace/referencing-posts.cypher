// One breadth-first step of cascade extraction: the posts that reply to, quote or retweet any of
// the given posts, with the kind of reference, the author and the time in epoch milliseconds. The
// app calls it level by level (in chunks) and builds the tree in Java.
// An edited tweet is one tweet: references to any of its versions count as references to it, and a
// referencing post that is a later version (EDIT_OF) is returned as its first version.
// Parameters: $ids (list of post ids).
// Example:
//   :param ids => ['919659438700670976']
UNWIND $ids AS id
MATCH (parent:Post {id: id})
CALL (parent) {
  MATCH (parent)<-[reference:REPLY_TO|QUOTES|RETWEET_OF]-(child:Post)
  RETURN child, type(reference) AS kind
  UNION
  MATCH (parent)<-[:EDIT_OF]-(:Post)<-[reference:REPLY_TO|QUOTES|RETWEET_OF]-(child:Post)
  RETURN child, type(reference) AS kind
}
OPTIONAL MATCH (child)-[:EDIT_OF]->(first:Post)
WITH DISTINCT parent, coalesce(first, child) AS child, kind
OPTIONAL MATCH (author:Account)-[:POSTED]->(child)
RETURN child.id AS post, kind, parent.id AS parent, author.id AS account,
       author.username AS username, child.createdAt.epochMillis AS at;
