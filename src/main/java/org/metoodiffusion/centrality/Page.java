package org.metoodiffusion.centrality;

import org.metoodiffusion.api.BadRequestException;

/**
 * A page request: skip {@code offset} items, return at most {@code limit}.
 *
 * @param offset 0..1,000,000,000
 * @param limit  1..1000
 */
public record Page(int offset, int limit) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 1000;

    public Page {
        if (offset < 0 || offset > 1_000_000_000) {
            throw new BadRequestException("offset must be 0..1000000000, was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
        }
    }

    public static Page of(Integer offset, Integer limit) {
        return new Page(offset == null ? 0 : offset, limit == null ? DEFAULT_LIMIT : limit);
    }

    int end(int size) {
        return (int) Math.min(size, (long) offset + limit);
    }
}
