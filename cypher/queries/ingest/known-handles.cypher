// The accounts, known by platform id, that own these handles: references to '@handle' then go to
// them instead of making a provisional account. Lower-case handles; one id per handle.
// Parameters: $handles (list of lower-case handles, without '@').
// Example:
//   :param handles => ['alyssa_milano']
UNWIND $handles AS handle
MATCH (account:Account {handle: handle})
WHERE NOT account.id STARTS WITH '@'
WITH handle, min(account.id) AS id
RETURN handle, id;
