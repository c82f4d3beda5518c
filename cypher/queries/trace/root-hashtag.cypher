// The hashtag a cascade is rooted at (tags are stored lower-case, without '#').
// Parameters: $tag (string).
// Example:
//   :param tag => 'metoo'
MATCH (hashtag:Hashtag {tag: $tag})
RETURN hashtag.tag AS tag;
