// How many AMPLIFIED relationships there are (from the count store: no scan).
// Parameters: none.
// Example (cypher-shell): run as is.
MATCH ()-[amplified:AMPLIFIED]->()
RETURN count(amplified) AS relationships;
