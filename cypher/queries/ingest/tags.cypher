// (Post)-[:TAGS]->(Hashtag): the hashtags a post carries (a retweet: its original's).
// Both ends exist already (merged earlier in the same transaction).
// Parameters: $rows (list of maps: post, tag).
// Example:
//   :param rows => [{post: '919986295403446272', tag: 'metoo'}]
UNWIND $rows AS row
MATCH (post:Post {id: row.post})
MATCH (hashtag:Hashtag {tag: row.tag})
MERGE (post)-[:TAGS]->(hashtag);
