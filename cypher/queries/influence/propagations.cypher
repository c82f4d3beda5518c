// The counts of Goyal, Bonchi & Lakshmanan's static Bernoulli estimator (WSDM 2010) on the account
// interaction graph, one row per ordered pair (influencer v, responder u), v <> u, where u
// responded to v at least once:
//   propagated = A_v2u, the actions of v that propagated to u:
//     - each distinct post of v that a post of u replies to, quotes or retweets;
//     - each post of u that mentions v and replies to, quotes, retweets no post of v (a reply's
//       own @mention of the author it answers is not a second propagation);
//     - each account-level INTERACTED record u -> v (SNAP: u retweeted, replied to, mentioned v).
//   actions = A_v, the actions v performed: its posts (POSTED) plus its INTERACTED records as the
//     actor; raised to its largest propagated count, since an action someone responded to was
//     performed even when the data lacks it (SNAP has none of the originals).
// Under the platform record a retweet of a retweet credits the original, as in the cascades.
// The app divides: p(v, u) = propagated / actions. Rows come in no particular order; username is v's.
// Parameters: none.
// Example (cypher-shell): run as is.
CALL () {
  MATCH (v:Account)-[:POSTED]->(original:Post)<-[:REPLY_TO|QUOTES|RETWEET_OF]-(:Post)<-[:POSTED]-(u:Account)
  WHERE u <> v
  RETURN v, u, count(DISTINCT original) AS propagated
  UNION ALL
  MATCH (v:Account)<-[:MENTIONS]-(response:Post)<-[:POSTED]-(u:Account)
  WHERE u <> v AND NOT EXISTS { (response)-[:REPLY_TO|QUOTES|RETWEET_OF]->(:Post)<-[:POSTED]-(v) }
  RETURN v, u, count(response) AS propagated
  UNION ALL
  // No labels on INTERACTED's ends: the planner scans the relationship type (see centrality/project-accounts.cypher).
  MATCH (u)-[interaction:INTERACTED]->(v)
  WHERE u <> v
  RETURN v, u, count(interaction) AS propagated
}
WITH v, u, sum(propagated) AS propagated
WITH v, collect({responder: u.id, propagated: propagated}) AS responses, max(propagated) AS most
WITH v, responses, most, COUNT { (v)-[:POSTED]->(:Post) } + COUNT { (v)-[:INTERACTED]->() } AS own
UNWIND responses AS response
RETURN v.id AS influencer, v.username AS username, response.responder AS responder, response.propagated AS propagated,
       CASE WHEN own < most THEN most ELSE own END AS actions;
