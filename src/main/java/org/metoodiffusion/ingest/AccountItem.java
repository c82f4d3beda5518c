package org.metoodiffusion.ingest;

import java.time.Instant;

/**
 * An account as a record describes it. Null fields are unknown and leave what the graph already
 * holds untouched.
 *
 * @param account   id and/or handle
 * @param name      display name
 * @param followers follower count at collection time
 * @param following followee count at collection time
 * @param createdAt account creation time
 * @param verified  verified badge at collection time
 */
public record AccountItem(AccountRef account, String name, Long followers, Long following, Instant createdAt,
        Boolean verified) implements ImportItem {

    public static AccountItem of(AccountRef account) {
        return new AccountItem(account, null, null, null, null, null);
    }
}
