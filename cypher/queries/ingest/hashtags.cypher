// Hashtag nodes, lower-cased by the caller.
// Parameters: $tags (list of strings).
// Example:
//   :param tags => ['metoo']
UNWIND $tags AS tag
MERGE (:Hashtag {tag: tag});
