package org.metoodiffusion.id;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An account as a request names it: a platform id, or {@code @handle}. Handles are
 * case-insensitive on the platform, so {@code @AnnaPaquin} and {@code @annapaquin} are one account:
 * the provisional id is lower case ({@code @annapaquin}), and an account with a platform id is
 * found by its lower-cased {@code handle} property. The queries that take it
 * ({@code lookup/account}, {@code centrality/account}, {@code trace/root-account}) match
 * {@code account.id = $id OR account.handle = $handle}.
 *
 * @param id     the platform id, or {@code @handle} in lower case
 * @param handle the handle in lower case without {@code @}; null for a platform id
 */
public record AccountKey(String id, String handle) {

    /** @throws InvalidIdException when the text is neither a platform id nor a handle */
    public static AccountKey of(String text) {
        var id = Ids.requireAccountId(text == null ? null : text.strip());
        if (id.startsWith("@")) {
            var handle = id.substring(1).toLowerCase(Locale.ROOT);
            return new AccountKey("@" + handle, handle);
        }
        return new AccountKey(id, null);
    }

    /** The query parameters {@code $id} and {@code $handle} (null when not a handle). */
    public Map<String, Object> parameters() {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("handle", handle);
        return parameters;
    }

    @Override
    public String toString() {
        return id;
    }
}
