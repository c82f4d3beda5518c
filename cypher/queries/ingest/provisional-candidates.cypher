// Which accounts, now known by id and handle, have a provisional '@handle' twin to merge into
// them (read-only and cheap, so the merge itself runs only where needed).
// Parameters: $accounts (list of maps: id, username).
// Example:
//   :param accounts => [{id: '26642006', username: 'Alyssa_Milano'}]
UNWIND $accounts AS a
MATCH (:Account {id: '@' + toLower(a.username)})
RETURN a.id AS id, a.username AS username;
