// Which of a batch's posts (its own and those they refer to) are in the graph already, and their
// node ids; the others are created (see existing-accounts.cypher for why a plain read suffices).
// Parameters: $ids (list of post ids).
// Example:
//   :param ids => ['919659438700670976', '919699405009846272']
UNWIND $ids AS id
MATCH (post:Post {id: id})
RETURN id, elementId(post) AS node;
