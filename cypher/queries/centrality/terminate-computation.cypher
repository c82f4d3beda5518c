// Terminates the transaction of a computation that ran out of time, found by the metadata the
// application gives it ({computation: $computation}). GDS stops at its next termination check.
// Parameters: $computation (string, the projection's graph name).
// Example:
//   :param computation => 'metoo-0f8fad5b-d9cb-469f-a165-70867728950e'
SHOW TRANSACTIONS YIELD transactionId AS id, metaData
WHERE metaData.computation = $computation
TERMINATE TRANSACTIONS id
YIELD transactionId, message
RETURN transactionId, message;
