package org.metoodiffusion.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.metoodiffusion.cypher.Cypher;
import org.springframework.stereotype.Component;

/**
 * Reads what a reconstruction needs for the retweeters of a cascade, in chunks: whom they follow
 * ({@code trace/follows-of}) or whom they replied to, quoted or mentioned ({@code trace/interactions-of}),
 * kept only where the other account is in the cascade too.
 */
@Component
class ReconstructionInputs {

    private static final int CHUNK = 10_000;

    private final Cypher cypher;

    ReconstructionInputs(Cypher cypher) {
        this.cypher = cypher;
    }

    Cascade reconstruct(Cascade platform, Reconstruction method) {
        return switch (method) {
            case PLATFORM -> platform;
            case FOLLOWEE -> RetweetReconstruction.apply(platform, method, followees(platform), Map.of());
            case INTERACTION -> RetweetReconstruction.apply(platform, method, Map.of(), interactions(platform));
        };
    }

    private Map<Integer, int[]> followees(Cascade cascade) {
        Map<String, Integer> accounts = accountIndex(cascade);
        Map<Integer, List<Integer>> lists = new HashMap<>();
        for (List<String> chunk : retweeterChunks(cascade)) {
            cypher.read(TraceQuery.FOLLOWS_OF, Map.of("ids", chunk), row -> {
                Integer followee = accounts.get(row.string("followee"));
                if (followee != null) {
                    lists.computeIfAbsent(accounts.get(row.string("follower")), k -> new ArrayList<>()).add(followee);
                }
            });
        }
        Map<Integer, int[]> followees = new HashMap<>(lists.size() * 2);
        lists.forEach((account, list) -> followees.put(account, list.stream().mapToInt(Integer::intValue).toArray()));
        return followees;
    }

    private Map<Integer, InteractionLog> interactions(Cascade cascade) {
        Map<String, Integer> accounts = accountIndex(cascade);
        Map<Integer, List<long[]>> lists = new HashMap<>();
        for (List<String> chunk : retweeterChunks(cascade)) {
            cypher.read(TraceQuery.INTERACTIONS_OF, Map.of("ids", chunk), row -> {
                Integer other = accounts.get(row.string("other"));
                if (other != null) {
                    lists.computeIfAbsent(accounts.get(row.string("account")), k -> new ArrayList<>())
                            .add(new long[] {other, row.number("at")});
                }
            });
        }
        Map<Integer, InteractionLog> logs = new HashMap<>(lists.size() * 2);
        lists.forEach((account, list) -> logs.put(account, new InteractionLog(
                list.stream().mapToInt(pair -> (int) pair[0]).toArray(), list.stream().mapToLong(pair -> pair[1]).toArray())));
        return logs;
    }

    private static Map<String, Integer> accountIndex(Cascade cascade) {
        Map<String, Integer> index = new HashMap<>(cascade.accountCount() * 2);
        for (int a = 0; a < cascade.accountCount(); a++) {
            index.put(cascade.accountId(a), a);
        }
        return index;
    }

    private static List<List<String>> retweeterChunks(Cascade cascade) {
        boolean[] retweeter = new boolean[cascade.accountCount()];
        List<String> ids = new ArrayList<>();
        for (int i = 1; i < cascade.size(); i++) {
            int author = cascade.author(i);
            if (cascade.link(i) == Link.RETWEET && author >= 0 && !retweeter[author]) {
                retweeter[author] = true;
                ids.add(cascade.accountId(author));
            }
        }
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }
}
