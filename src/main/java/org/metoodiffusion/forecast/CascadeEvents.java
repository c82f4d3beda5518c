package org.metoodiffusion.forecast;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.trace.Cascade;
import org.metoodiffusion.view.ViewQuery;
import org.springframework.stereotype.Component;

/**
 * A traced {@link Cascade} as an {@link EventSeries}: its posts (at account level, its first
 * activations) in time order, seconds after the start, weighted by their authors' follower counts
 * ({@link ViewQuery#ACCOUNT_FOLLOWERS}). The start is the root post's time, or for a virtual root
 * (origin, account, hashtag) its first timed event. Events without a time are left out and counted.
 * Authors without a follower count weigh the median of the cascade's known counts; with none known
 * every event weighs 1 (equal weights). A count of 0 weighs 1, so every event can be reshared. O(n log n).
 */
@Component
class CascadeEvents {

    private final Cypher cypher;

    CascadeEvents(Cypher cypher) {
        this.cypher = cypher;
    }

    /**
     * @param events           the series
     * @param start            time of the first event
     * @param untimed          events left out for lack of a time
     * @param missingFollowers events whose author has no follower count (weighted by the median, or all 1)
     */
    record Extracted(EventSeries events, Instant start, int untimed, int missingFollowers) {

        String weighting() {
            if (!events.followerWeighted()) {
                return "equal weights: no follower counts for any author in the data";
            }
            return missingFollowers == 0 ? "follower counts"
                    : "follower counts; " + missingFollowers + " events without one weigh the cascade's median count";
        }
    }

    /** @return null when the cascade has no timed event */
    Extracted of(Cascade cascade) {
        int[] timed = IntStream.range(0, cascade.size())
                .filter(i -> !cascade.isVirtual(i) && cascade.time(i) != Cascade.UNKNOWN_TIME).boxed()
                .sorted((a, b) -> Long.compare(cascade.time(a), cascade.time(b))).mapToInt(Integer::intValue).toArray();
        int untimed = (int) IntStream.range(0, cascade.size()).filter(i -> !cascade.isVirtual(i)).count() - timed.length;
        if (timed.length == 0) {
            return null;
        }
        boolean rootTimed = !cascade.isVirtual(0) && cascade.time(0) != Cascade.UNKNOWN_TIME;
        long start = rootTimed ? cascade.time(0) : cascade.time(timed[0]);
        if (rootTimed && timed[0] != 0) {
            // The root first, even if the data dates an answer before it.
            timed = IntStream.concat(IntStream.of(0), Arrays.stream(timed).filter(i -> i != 0)).toArray();
        }
        Map<String, Long> followers = followers(cascade, timed);
        double[] seconds = new double[timed.length];
        Double[] known = new Double[timed.length];
        for (int k = 0; k < timed.length; k++) {
            seconds[k] = Math.max(k == 0 ? 0 : seconds[k - 1], (cascade.time(timed[k]) - start) / 1000.0);
            int author = cascade.author(timed[k]);
            Long count = author < 0 ? null : followers.get(cascade.accountId(author));
            known[k] = count == null ? null : Math.max(1.0, count);
        }
        double[] counts = Arrays.stream(known).filter(Objects::nonNull).mapToDouble(Double::doubleValue).sorted().toArray();
        int missing = timed.length - counts.length;
        double[] weights = new double[timed.length];
        double median = counts.length == 0 ? 1 : Seismic.quantile(counts, 0.5);
        for (int k = 0; k < timed.length; k++) {
            weights[k] = known[k] == null ? median : known[k];
        }
        return new Extracted(new EventSeries(seconds, weights, counts.length > 0), Instant.ofEpochMilli(start), untimed,
                missing);
    }

    private Map<String, Long> followers(Cascade cascade, int[] nodes) {
        List<String> ids = new ArrayList<>(Arrays.stream(nodes).map(cascade::author).filter(a -> a >= 0).distinct()
                .mapToObj(cascade::accountId).toList());
        Map<String, Long> followers = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 20_000) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + 20_000));
            cypher.read(ViewQuery.ACCOUNT_FOLLOWERS, Map.of("ids", chunk),
                    row -> followers.put(row.string("id"), row.number("followers")));
        }
        return followers;
    }
}
