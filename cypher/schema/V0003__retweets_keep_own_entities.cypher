// Data migration. Until this version a retweet imported with its original embedded (v1.1
// retweeted_status, a twarc2 page's includes.tweets) got the original's hashtags and mentions,
// which inflated mention networks and hashtag counts. A retweet's own entities are those of its own
// "RT @x: ..." text, without the leading mention (the RETWEET_OF edge). So a retweet keeps a TAGS
// edge only when its text carries the hashtag, and a MENTIONS edge only when its text past the
// "RT @x:" prefix carries the handle. Retweets without text (id-only data) and accounts without a
// handle cannot be judged and are left as they are. Idempotent: a second run removes nothing.
MATCH (retweet:Post)-[:RETWEET_OF]->(:Post)
WHERE retweet.text IS NOT NULL
WITH retweet, toLower(retweet.text) AS text
WITH retweet, text,
     CASE WHEN text STARTS WITH 'rt @' THEN substring(text, 4 + size(split(substring(text, 4), ' ')[0]))
          ELSE text END AS own
CALL (retweet, text) {
  MATCH (retweet)-[tag:TAGS]->(hashtag:Hashtag)
  WHERE NOT text =~ ('(?s).*#\\Q' + hashtag.tag + '\\E(?![\\p{L}\\p{N}_]).*')
  DELETE tag
}
CALL (retweet, own) {
  MATCH (retweet)-[mention:MENTIONS]->(account:Account)
  WHERE account.handle IS NOT NULL AND NOT own =~ ('(?s).*(?<![\\w])@\\Q' + account.handle + '\\E(?![\\w]).*')
  DELETE mention
}
RETURN count(retweet) AS retweets;
