// Write mode: stores a measure's value (score, or community id) on the projected nodes (accounts
// or posts) as the property $writeProperty, so it can be queried in Cypher afterwards.
// Parameters: $rows (list of maps: nodeId (GDS node id), value (number)), $writeProperty (string).
// Example:
//   :param rows => [{nodeId: 0, value: 0.385875}]
//   :param writeProperty => 'pageRank'
UNWIND $rows AS row
WITH gds.util.asNode(row.nodeId) AS node, row
SET node[$writeProperty] = row.value
RETURN count(*) AS written;
