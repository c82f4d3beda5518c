// Follow edges between accounts (what follower-based cascade reconstruction needs).
// Parameters: $follows (list of maps: follower, followee (account keys)).
// Example:
//   :param follows => [{follower: '1', followee: '26642006'}]
UNWIND $follows AS f
MERGE (follower:Account {id: f.follower})
ON CREATE SET follower.provisional = f.follower STARTS WITH '@'
MERGE (followee:Account {id: f.followee})
ON CREATE SET followee.provisional = f.followee STARTS WITH '@'
MERGE (follower)-[:FOLLOWS]->(followee);
