// One breadth-first step of an account-level cascade: the account-level interactions (INTERACTED,
// e.g. SNAP RT / MT / RE lines) whose target is one of the given accounts, that is who retweeted,
// replied to or mentioned them and when (epoch milliseconds). Information flows from target to
// source. The app calls it level by level (in chunks) over every account that can be reached, then
// keeps, in Java, each account's first activation (earliest arrival).
// Parameters: $ids (list of account ids, strings).
// Example:
//   :param ids => ['1']
UNWIND $ids AS id
MATCH (target:Account {id: id})<-[interaction:INTERACTED]-(source:Account)
WHERE interaction.at IS NOT NULL AND source <> target
RETURN source.id AS source, source.username AS username, target.id AS target, interaction.kind AS kind,
       interaction.at.epochMillis AS at;
