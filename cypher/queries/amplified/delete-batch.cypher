// Deletes up to $batch materialised AMPLIFIED relationships (run until it deletes fewer), before
// the amplification graph is built again.
// Parameters: $batch (integer).
// Example:
//   :param batch => 10000
MATCH ()-[amplified:AMPLIFIED]->()
WITH amplified
LIMIT $batch
DELETE amplified
RETURN count(*) AS deleted;
