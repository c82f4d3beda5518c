package org.metoodiffusion.id;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Validation of post and account ids, and the creation time a tweet id encodes.
 *
 * <p>Twitter's snowflake ids (since 4 Nov 2010) carry their creation time in milliseconds:
 * {@code ms = (id >> 22) + 1288834974657}.
 */
public final class Ids {

    /** Milliseconds since the Unix epoch of Twitter's snowflake epoch (2010-11-04T01:42:54.657Z). */
    public static final long SNOWFLAKE_EPOCH_MS = 1288834974657L;

    private static final Pattern PROVISIONAL_ACCOUNT = Pattern.compile("@\\w{1,50}");
    private static final Pattern FLOAT_LIKE =
            Pattern.compile("[-+]?(\\d+\\.\\d*|\\.\\d+)([eE][-+]?\\d+)?|[-+]?\\d+[eE][-+]?\\d+");

    private Ids() {
    }

    /**
     * Returns the post id if it is a decimal id that fits a signed 64-bit long.
     *
     * @throws InvalidIdException naming what is wrong, e.g. an id mangled into a float
     */
    public static String requirePostId(String id) {
        if (id != null && fitsLong(id)) {
            return id;
        }
        throw new InvalidIdException(describe("post", id));
    }

    /** Returns the account id if it is a decimal platform id or a provisional {@code @handle} id. */
    public static String requireAccountId(String id) {
        if (id != null && (fitsLong(id) || PROVISIONAL_ACCOUNT.matcher(id).matches())) {
            return id;
        }
        throw new InvalidIdException(describe("account", id) + " Accounts known only by handle have the id '@handle'.");
    }

    /** Ids below this predate snowflake (4 Nov 2010) and encode no time. */
    public static final long FIRST_SNOWFLAKE_ID = 29_700_859_247L;

    /** Whether the id is a snowflake id, whose creation time {@link #snowflakeTime} can tell. */
    public static boolean encodesTime(long id) {
        return id >= FIRST_SNOWFLAKE_ID;
    }

    /** The creation time a snowflake tweet id encodes. */
    public static Instant snowflakeTime(long id) {
        return Instant.ofEpochMilli((id >> 22) + SNOWFLAKE_EPOCH_MS);
    }

    /** The smallest snowflake id created at the given instant (worker and sequence bits zero). */
    public static long snowflakeAt(Instant time) {
        return (time.toEpochMilli() - SNOWFLAKE_EPOCH_MS) << 22;
    }

    /** True for 1 to 19 ASCII digits: what {@code \d{1,19}} matches, without a regex (ids come by the million). */
    public static boolean isDecimal(String text) {
        int length = text.length();
        if (length == 0 || length > 19) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** True for a decimal that fits a signed 64-bit long. */
    private static boolean fitsLong(String text) {
        return isDecimal(text) && (text.length() < 19 || text.compareTo("9223372036854775807") <= 0);
    }

    private static String describe(String kind, String id) {
        if (id == null || id.isBlank()) {
            return "The " + kind + " id is empty.";
        }
        if (FLOAT_LIKE.matcher(id).matches()) {
            return "'" + id + "' looks like an id mangled into a floating-point number (a spreadsheet does this); "
                    + "its last digits are lost, so it cannot be trusted. Use the id as a decimal string.";
        }
        return "'" + id + "' is not a valid " + kind + " id: expected a decimal number of at most 19 digits.";
    }
}
