package org.metoodiffusion.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The seed story as read from its JSON file: origins, accounts and posts as plain maps (the
 * Cypher loaders take them as they are), checked for consistency before anything is written.
 */
record SeedStory(String dataset, List<Map<String, Object>> origins, List<Map<String, Object>> accounts,
        List<Map<String, Object>> posts) {

    static final String RESOURCE = "importer/seed/metoo-seed-story.json";

    static SeedStory read(InputStream json) {
        try {
            Map<String, Object> root = new ObjectMapper().readValue(json, new TypeReference<>() { });
            var story = new SeedStory((String) root.get("dataset"), list(root, "origins"), list(root, "accounts"),
                    list(root, "posts"));
            story.validate();
            return story;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> root, String key) {
        var value = root.get(key);
        if (!(value instanceof List<?>)) {
            throw new IllegalArgumentException(RESOURCE + ": '" + key + "' must be a list");
        }
        return (List<Map<String, Object>>) value;
    }

    /** Every reference resolves and every post id is a decimal string, so no row is silently dropped. */
    private void validate() {
        Set<Object> accountIds = new HashSet<>();
        accounts.forEach(a -> accountIds.add(a.get("id")));
        Set<Object> originIds = new HashSet<>();
        origins.forEach(o -> originIds.add(o.get("id")));
        for (var origin : origins) {
            requireAll(accountIds, origin.get("accounts"), "origin " + origin.get("id"));
        }
        for (var post : posts) {
            var id = String.valueOf(post.get("id"));
            if (!id.matches("\\d{1,19}")) {
                throw new IllegalArgumentException(RESOURCE + ": post id '" + id + "' is not a decimal tweet id");
            }
            requireAll(accountIds, List.of(post.get("author")), "post " + id + " author");
            requireAll(accountIds, post.getOrDefault("mentions", List.of()), "post " + id + " mentions");
            requireAll(originIds, post.getOrDefault("credits", List.of()), "post " + id + " credits");
        }
    }

    private static void requireAll(Set<Object> known, Object references, String where) {
        for (Object reference : (List<?>) references) {
            if (!known.contains(reference)) {
                throw new IllegalArgumentException(RESOURCE + ": " + where + " refers to unknown '" + reference + "'");
            }
        }
    }
}
