package org.metoodiffusion.trace;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.metoodiffusion.api.BadRequestException;
import org.springframework.stereotype.Service;

/**
 * Adoption over time: for every hour or day from a cascade's first post to its last, the posts made
 * and the accounts adopting (first post in the cascade), cumulative too, with the new adopters split
 * by their {@link Attribution} to Milano, Burke, both or neither. Every post of the cascade counts,
 * whether or not the reconstruction connects it to the root. At account level there are no posts:
 * each account adopts at its first activation ({@link EarliestActivation}), the root at its first
 * spread. O(n + b) for n nodes and b buckets.
 */
@Service
public class Adoption {

    /** Caps the series: a year in hours is 8,784 buckets; a million buckets is a mistake. */
    public static final int MAX_BUCKETS = 100_000;

    public enum Bucket {
        HOUR(Duration.ofHours(1)), DAY(Duration.ofDays(1));

        private final long millis;

        Bucket(Duration length) {
            this.millis = length.toMillis();
        }

        public static Bucket parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new BadRequestException("Unknown bucket '" + text + "': use hour or day.");
            }
        }

        /** The bucket's length in milliseconds. */
        public long millis() {
            return millis;
        }
    }

    private final CascadeService cascades;
    private final Attribution attribution;

    Adoption(CascadeService cascades, Attribution attribution) {
        this.cascades = cascades;
        this.attribution = attribution;
    }

    /** @param level the level to trace at, or null to choose ({@link CascadeService#cascade(Root, Level, Reconstruction)}) */
    public AdoptionSeries of(Root root, Level level, Reconstruction method, Bucket bucket) {
        Cascade cascade = cascades.cascade(root, level, method);
        String traced = cascade.level().label();
        Map<String, AttributionCategory> categories = attribution.categories(method, Attribution.DEFAULT_HASHTAG);
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long undated = 0;
        long[] adoptedAt = new long[cascade.accountCount()];
        Arrays.fill(adoptedAt, Long.MAX_VALUE);
        for (int i = 0; i < cascade.size(); i++) {
            long time = cascade.time(i);
            if (cascade.isVirtual(i)) {
                continue;
            }
            if (time == Cascade.UNKNOWN_TIME) {
                undated += cascade.post(i) == null ? 0 : 1;
                continue;
            }
            first = Math.min(first, time);
            last = Math.max(last, time);
            if (cascade.author(i) >= 0) {
                adoptedAt[cascade.author(i)] = Math.min(adoptedAt[cascade.author(i)], time);
            }
        }
        if (first == Long.MAX_VALUE) {
            return new AdoptionSeries(root.toString(), method.label(), traced, bucket.name().toLowerCase(Locale.ROOT), 0, 0,
                    undated, byRoot(new long[4]), List.of());
        }
        long origin = Math.floorDiv(first, bucket.millis) * bucket.millis;
        long count = Math.floorDiv(last - origin, bucket.millis) + 1;
        if (count > MAX_BUCKETS) {
            throw new BadRequestException("The cascade spans " + count + " " + bucket.name().toLowerCase(Locale.ROOT)
                    + "s, more than " + MAX_BUCKETS + ": ask for days.");
        }
        long[] posts = new long[(int) count];
        long[][] adopters = new long[(int) count][4];
        long[] total = new long[4];
        for (int i = 0; i < cascade.size(); i++) {
            if (cascade.post(i) != null && cascade.time(i) != Cascade.UNKNOWN_TIME) {
                posts[(int) ((cascade.time(i) - origin) / bucket.millis)]++;
            }
        }
        for (int a = 0; a < adoptedAt.length; a++) {
            if (adoptedAt[a] != Long.MAX_VALUE) {
                int category = categories.getOrDefault(cascade.accountId(a), AttributionCategory.NEITHER).ordinal();
                adopters[(int) ((adoptedAt[a] - origin) / bucket.millis)][category]++;
                total[category]++;
            }
        }
        List<AdoptionBucket> buckets = new ArrayList<>((int) count);
        long cumulativePosts = 0;
        long cumulativeAccounts = 0;
        for (int b = 0; b < count; b++) {
            long newAccounts = Arrays.stream(adopters[b]).sum();
            cumulativePosts += posts[b];
            cumulativeAccounts += newAccounts;
            buckets.add(new AdoptionBucket(Instant.ofEpochMilli(origin + b * bucket.millis), posts[b], newAccounts,
                    cumulativePosts, cumulativeAccounts, byRoot(adopters[b])));
        }
        return new AdoptionSeries(root.toString(), method.label(), traced, bucket.name().toLowerCase(Locale.ROOT),
                cumulativePosts, cumulativeAccounts, undated, byRoot(total), buckets);
    }

    private static Map<String, Long> byRoot(long[] counts) {
        Map<String, Long> byRoot = new LinkedHashMap<>();
        for (AttributionCategory category : AttributionCategory.values()) {
            byRoot.put(category.label(), counts[category.ordinal()]);
        }
        return byRoot;
    }
}
