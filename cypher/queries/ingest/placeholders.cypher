// Posts referenced (replied to, quoted, retweeted, edited) but neither in the data nor in the graph
// (existing-posts.cypher found them missing in the same transaction): placeholder nodes with
// observed = false and the time their snowflake id encodes (none for a pre-2010 id, whose time is
// unknown). Returns their node ids.
// Parameters: $placeholders (list of maps: id, createdAt (epoch ms, or null)).
// Example:
//   :param placeholders => [{id: '919659438700670976', createdAt: 1508098871289}]
UNWIND $placeholders AS p
CREATE (post:Post {id: p.id, observed: false, collected: false,
                   createdAt: CASE WHEN p.createdAt IS NULL THEN null ELSE datetime({epochMillis: p.createdAt}) END,
                   timeFromId: p.createdAt IS NOT NULL})
RETURN p.id AS id, elementId(post) AS node;
