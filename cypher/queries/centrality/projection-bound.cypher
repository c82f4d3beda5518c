// Upper bounds of a projection's size from the count store (constant time), for the memory
// estimate made before projecting: nodes and relationships at account level and at post level.
// Parameters: none.
// Example (cypher-shell): run as is.
CALL () { MATCH (a:Account) RETURN count(a) AS accounts }
CALL () { MATCH (p:Post) RETURN count(p) AS posts }
CALL () { MATCH ()-[r:INTERACTED]->() RETURN count(r) AS interacted }
CALL () { MATCH ()-[r:REPLY_TO]->() RETURN count(r) AS replies }
CALL () { MATCH ()-[r:QUOTES]->() RETURN count(r) AS quotes }
CALL () { MATCH ()-[r:RETWEET_OF]->() RETURN count(r) AS retweets }
CALL () { MATCH ()-[r:MENTIONS]->() RETURN count(r) AS mentions }
RETURN accounts, posts, accounts AS accountNodes, interacted + replies + quotes + retweets + mentions AS accountEdges,
       posts AS postNodes, replies + quotes + retweets AS postEdges;
