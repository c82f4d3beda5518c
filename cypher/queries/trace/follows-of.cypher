// The accounts the given accounts follow, for the followee reconstruction of retweet cascades.
// Parameters: $ids (list of account ids).
// Example:
//   :param ids => ['26642006']
UNWIND $ids AS id
MATCH (:Account {id: id})-[:FOLLOWS]->(followee:Account)
RETURN id AS follower, followee.id AS followee;
