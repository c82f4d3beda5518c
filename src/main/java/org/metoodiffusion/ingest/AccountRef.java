package org.metoodiffusion.ingest;

import java.util.Locale;

/**
 * A reference to an account as a record gives it: the platform id, the handle, or both. An account
 * known only by handle is keyed {@code @handle} (lower-case) until its id shows up.
 *
 * @param id       platform id as a decimal string, or null
 * @param username handle as written (without '@'), or null
 */
public record AccountRef(String id, String username) {

    public AccountRef {
        if (id == null && (username == null || username.isBlank())) {
            throw new IllegalArgumentException("An account reference needs an id or a username");
        }
        username = username == null ? null : username.strip();
    }

    public static AccountRef ofId(String id) {
        return new AccountRef(id, null);
    }

    public static AccountRef ofUsername(String username) {
        return new AccountRef(null, username.startsWith("@") ? username.substring(1) : username);
    }

    /** The provisional key of an account known by handle only. */
    public static String provisionalKey(String username) {
        return "@" + username.toLowerCase(Locale.ROOT);
    }

    /** The graph key: the platform id, else the provisional {@code @handle} key. */
    public String key() {
        return id != null ? id : provisionalKey(username);
    }
}
