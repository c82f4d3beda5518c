package org.metoodiffusion.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes a {@link SyntheticCampaign} as twarc2 output: one API response page per line
 * ({@code data}, {@code includes.users}, {@code includes.tweets}, {@code meta}, {@code __twarc}),
 * up to 100 tweets a page, in time order; referenced tweets and every author are in the page's
 * includes, as the v2 API returns them.
 */
final class Twarc2PageWriter {

    static final int PAGE_SIZE = 100;
    private static final String ROOT_TEXT =
            "If you’ve been sexually harassed or assaulted write ‘me too’ as a reply to this tweet. pic.twitter.com/k2oeCiUf9n";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

    private final SyntheticCampaign campaign;
    private final long seed;
    private final JsonFactory json = new JsonFactory();

    Twarc2PageWriter(SyntheticCampaign campaign, long seed) {
        this.campaign = campaign;
        this.seed = seed;
    }

    void write(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        for (int first = 0; first < campaign.posts(); first += PAGE_SIZE) {
            writePage(writer, first, Math.min(campaign.posts(), first + PAGE_SIZE));
            writer.write('\n');
        }
        writer.flush();
    }

    private void writePage(Writer writer, int from, int to) throws IOException {
        var referenced = new LinkedHashSet<Integer>();
        var users = new LinkedHashSet<Integer>();
        for (int i = from; i < to; i++) {
            users.add(campaign.author(i));
            if (campaign.kind(i) != SyntheticCampaign.Kind.ORIGINAL) {
                referenced.add(campaign.parent(i));
                users.add(authorAccount(campaign.parent(i)));
            }
        }
        try (JsonGenerator page = json.createGenerator(writer)) {
            page.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            page.writeStartObject();
            page.writeArrayFieldStart("data");
            for (int i = from; i < to; i++) {
                writeTweet(page, i);
            }
            page.writeEndArray();
            page.writeObjectFieldStart("includes");
            writeUsers(page, users);
            page.writeArrayFieldStart("tweets");
            for (int i : referenced) {
                writeTweet(page, i);
            }
            page.writeEndArray();
            page.writeEndObject();
            page.writeObjectFieldStart("meta");
            page.writeNumberField("result_count", to - from);
            page.writeStringField("newest_id", campaign.postId(to - 1));
            page.writeStringField("oldest_id", campaign.postId(from));
            page.writeEndObject();
            page.writeObjectFieldStart("__twarc");
            page.writeStringField("url", "metoo-diffusion generate --seed " + seed + " --posts " + campaign.posts());
            page.writeStringField("version", "metoo-diffusion synthetic campaign");
            page.writeStringField("retrieved_at", ISO.format(campaign.time(to - 1)));
            page.writeEndObject();
            page.writeEndObject();
        }
    }

    private int authorAccount(int post) {
        return post == SyntheticCampaign.ROOT ? SyntheticCampaign.ROOT : campaign.author(post);
    }

    private void writeTweet(JsonGenerator out, int i) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", campaign.postId(i));
        out.writeStringField("author_id", campaign.authorId(i));
        out.writeStringField("created_at", ISO.format(campaign.time(i)));
        if (i == SyntheticCampaign.ROOT) {
            out.writeStringField("conversation_id", SyntheticCampaign.ROOT_ID);
            out.writeStringField("text", ROOT_TEXT);
            out.writeStringField("lang", "en");
            out.writeEndObject();
            return;
        }
        var kind = campaign.kind(i);
        int parent = campaign.parent(i);
        out.writeStringField("conversation_id", campaign.postId(campaign.conversation(i)));
        var text = text(i, kind, parent);
        out.writeStringField("text", text);
        out.writeStringField("lang", "en");
        if (kind == SyntheticCampaign.Kind.REPLY) {
            out.writeStringField("in_reply_to_user_id", campaign.authorId(parent));
        }
        if (kind != SyntheticCampaign.Kind.ORIGINAL) {
            out.writeArrayFieldStart("referenced_tweets");
            out.writeStartObject();
            out.writeStringField("type", switch (kind) {
                case REPLY -> "replied_to";
                case RETWEET -> "retweeted";
                default -> "quoted";
            });
            out.writeStringField("id", campaign.postId(parent));
            out.writeEndObject();
            out.writeEndArray();
        }
        writeEntities(out, i, kind, parent, text);
        out.writeEndObject();
    }

    private String text(int i, SyntheticCampaign.Kind kind, int parent) {
        var body = "[synthetic] me too" + (campaign.hashtag(i) ? " #MeToo" : "")
                + (campaign.credit(i) ? " thank you @TaranaBurke" : "");
        if (kind == SyntheticCampaign.Kind.RETWEET) {
            var original = parent == SyntheticCampaign.ROOT ? ROOT_TEXT : text(parent, campaign.kind(parent), -2);
            return "RT @" + username(authorAccount(parent)) + ": " + original;
        }
        return body;
    }

    private void writeEntities(JsonGenerator out, int i, SyntheticCampaign.Kind kind, int parent, String text)
            throws IOException {
        // A retweet's entities are the original's, shifted by the "RT @x: " prefix, plus that prefix mention.
        out.writeObjectFieldStart("entities");
        int hashtag = text.indexOf("#MeToo");
        if (hashtag >= 0) {
            out.writeArrayFieldStart("hashtags");
            out.writeStartObject();
            out.writeNumberField("start", hashtag);
            out.writeNumberField("end", hashtag + 6);
            out.writeStringField("tag", "MeToo");
            out.writeEndObject();
            out.writeEndArray();
        }
        out.writeArrayFieldStart("mentions");
        if (kind == SyntheticCampaign.Kind.RETWEET) {
            int account = authorAccount(parent);
            mention(out, 3, username(account), campaign.accountId(account));
        }
        int credit = text.indexOf("@TaranaBurke");
        if (credit >= 0) {
            // Burke's numeric id is not known: the mention carries her handle only.
            mention(out, credit, "TaranaBurke", null);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void mention(JsonGenerator out, int start, String username, String id) throws IOException {
        out.writeStartObject();
        out.writeNumberField("start", start);
        out.writeNumberField("end", start + username.length() + 1);
        out.writeStringField("username", username);
        if (id != null) {
            out.writeStringField("id", id);
        }
        out.writeEndObject();
    }

    private void writeUsers(JsonGenerator out, Set<Integer> accounts) throws IOException {
        out.writeArrayFieldStart("users");
        for (int account : accounts) {
            out.writeStartObject();
            out.writeStringField("id", campaign.accountId(account));
            out.writeStringField("username", username(account));
            if (account == SyntheticCampaign.ROOT) {
                out.writeStringField("name", "Alyssa Milano");
            } else {
                out.writeStringField("name", "Synthetic account " + account);
                out.writeStringField("description", "Synthetic account generated by metoo-diffusion; not a real person.");
                out.writeObjectFieldStart("public_metrics");
                out.writeNumberField("followers_count", campaign.followers(account));
                out.writeNumberField("following_count", 50 + account % 450);
                out.writeEndObject();
            }
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    static String username(int account) {
        return account == SyntheticCampaign.ROOT ? "Alyssa_Milano" : "synth_" + account;
    }
}
