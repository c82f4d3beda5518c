// Deletes the materialised AMPLIFIED relationships at either end of the given accounts, before
// amplified/account-pairs.cypher writes theirs again (after a bulk import's settling).
// Parameters: $accounts (list of account ids).
// Example:
//   :param accounts => ['26642006']
UNWIND $accounts AS id
MATCH (:Account {id: id})-[amplified:AMPLIFIED]-()
WITH DISTINCT amplified
DELETE amplified
RETURN count(*) AS deleted;
