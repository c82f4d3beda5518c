// Posts referenced (replied to, quoted, retweeted, edited) but not in the data: placeholder nodes with
// observed = false and the time their snowflake id encodes (none for a pre-2010 id, whose time is
// unknown). An existing post is left as it is.
// Parameters: $placeholders (list of maps: id, createdAt (epoch ms, or null)).
// Example:
//   :param placeholders => [{id: '919659438700670976', createdAt: 1508098871289}]
UNWIND $placeholders AS p
MERGE (post:Post {id: p.id})
ON CREATE SET post.observed = false,
              post.collected = false,
              post.createdAt = CASE WHEN p.createdAt IS NULL THEN null ELSE datetime({epochMillis: p.createdAt}) END,
              post.timeFromId = p.createdAt IS NOT NULL;
