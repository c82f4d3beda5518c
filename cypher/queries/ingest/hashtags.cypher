// Hashtag nodes, lower-cased by the caller, and their node ids.
// Parameters: $tags (list of strings).
// Example:
//   :param tags => ['metoo']
UNWIND $tags AS tag
MERGE (hashtag:Hashtag {tag: tag})
RETURN tag, elementId(hashtag) AS node;
