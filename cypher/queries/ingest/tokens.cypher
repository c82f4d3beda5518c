// Makes the labels, relationship types and property keys that the import's statements write, if the
// database has none of them yet. Run once before an import's first batch: Neo4j creates a missing
// one in a transaction of its own, which the import would take for another writer's and forget what
// it knows of the graph (see KnownAccounts). A name missing here costs only that, once.
// Parameters: none.
// Example (cypher-shell): run as is.
UNWIND ['Account', 'Post', 'Hashtag'] AS label
CALL db.createLabel(label)
WITH count(*) AS labels
UNWIND ['POSTED', 'REPLY_TO', 'QUOTES', 'RETWEET_OF', 'MENTIONS', 'TAGS', 'EDIT_OF', 'FOLLOWS', 'INTERACTED']
       AS type
CALL db.createRelationshipType(type)
WITH count(*) AS types
UNWIND ['id', 'provisional', 'username', 'handle', 'name', 'followers', 'following', 'createdAt', 'verified',
        'observed', 'platform', 'timeFromId', 'text', 'lang', 'conversationId', 'collected', 'tag', 'kind', 'at']
       AS property
CALL db.createProperty(property)
RETURN count(*) AS properties;
