// The root of an off-platform origin's cascade (e.g. Tarana Burke's 2006 'me too' campaign):
// its name, the year it began and its accounts on the platform.
// Parameters: $id (origin id, string).
// Example:
//   :param id => 'burke-2006'
MATCH (origin:Origin {id: $id})
RETURN origin.id AS id, origin.name AS name, origin.year AS year,
       [(origin)-[:HAS_ACCOUNT]->(a:Account) | a.id] AS accounts;
