// The accounts of the account interaction network (network/edges.cypher): every account at either
// end of one of its edges, once, with its label (username, else id), display name, follower count,
// whether it is provisional (known only by handle; id '@handle'), its posts in the graph (an edited
// tweet once) and how many of them were collected (stood in the input as records of their own). Accounts with posts but
// no interaction in the scope are not nodes, as in twarc-network. Rows come in no particular order.
// Keep the UNION in step with network/edges.cypher.
// Parameters: $scope ('collected' or 'all', as in network/edges.cypher).
// Example:
//   :param scope => 'collected'
CALL () {
  MATCH (source:Account)-[:POSTED]->(post:Post)-[:REPLY_TO|QUOTES|RETWEET_OF]->(:Post)<-[:POSTED]-(target:Account)
  WHERE $scope = 'all' OR post.collected = true
  RETURN source, target
  UNION ALL
  MATCH (source:Account)-[:POSTED]->(post:Post)-[:MENTIONS]->(target:Account)
  WHERE $scope = 'all' OR post.collected = true
  RETURN source, target
  UNION ALL
  MATCH (source)-[:INTERACTED]->(target)
  RETURN source, target
}
UNWIND [source, target] AS account
WITH DISTINCT account
RETURN account.id AS id, coalesce(account.username, account.id) AS label, account.name AS name,
       account.followers AS followers, coalesce(account.provisional, false) AS provisional,
       COUNT { (account)-[:POSTED]->(post:Post) WHERE NOT (post)-[:EDIT_OF]->(:Post) } AS posts,
       COUNT { (account)-[:POSTED]->(post:Post)
               WHERE NOT (post)-[:EDIT_OF]->(:Post)
                 AND (post.collected = true OR EXISTS { (post)<-[:EDIT_OF]-(:Post {collected: true}) }) }
         AS postsCollected;
