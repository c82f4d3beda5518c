// Roots of the post-level cascades the forecasting models learn from: original posts (they reply
// to, quote, retweet and edit nothing) that other posts reference, the most referenced first. The
// app traces each one's cascade as trace/ does and leaves the forecast cascade itself out.
// Parameters: $minReferences (integer, posts referencing the root directly), $limit (integer).
// Example:
//   :param minReferences => 1
//   :param limit => 300
MATCH (post:Post)
WHERE NOT (post)-[:REPLY_TO|QUOTES|RETWEET_OF|EDIT_OF]->(:Post)
WITH post, COUNT { (post)<-[:REPLY_TO|QUOTES|RETWEET_OF]-(:Post) } AS references
WHERE references >= $minReferences
RETURN post.id AS root, references
ORDER BY references DESC, root
LIMIT $limit;
