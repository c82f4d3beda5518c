package org.metoodiffusion.lookup;

import java.util.Map;

import org.metoodiffusion.api.NotFoundException;
import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.id.AccountKey;
import org.metoodiffusion.id.Ids;
import org.springframework.stereotype.Service;

/**
 * Posts and accounts by id; ids are validated before any query runs. Read through {@link Cypher}:
 * in-process when the database is embedded, through the driver otherwise.
 */
@Service
public class LookupService {

    private final Cypher cypher;

    public LookupService(Cypher cypher) {
        this.cypher = cypher;
    }

    public PostView post(String id) {
        return cypher.first(LookupQuery.POST, Map.of("id", Ids.requirePostId(id)), row -> new PostView(
                row.map("post"), row.map("author"), row.list("hashtags"), row.list("mentions"), row.list("references"),
                row.list("credits"), row.number("replies"), row.number("quotes"), row.number("retweets")))
                .orElseThrow(() -> new NotFoundException("No post with id " + id + " in the graph."));
    }

    public AccountView account(String id) {
        return cypher.first(LookupQuery.ACCOUNT, AccountKey.of(id).parameters(), row -> new AccountView(
                row.map("account"), row.number("posts"), row.string("firstPostAt"), row.string("lastPostAt"),
                row.number("mentionedBy"), row.list("origins")))
                .orElseThrow(() -> new NotFoundException("No account with id " + id + " in the graph."));
    }
}
