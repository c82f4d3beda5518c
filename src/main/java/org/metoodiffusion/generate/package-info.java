/**
 * A deterministic synthetic #MeToo-like campaign of any size, written as twarc2 JSONL (what the
 * importer reads) with a follow graph beside it, calibrated on the published figures of the real
 * event. Everything synthetic is marked as such: account ids from 9·10^18 up (above any real
 * Twitter id), handles {@code synth_*}, texts starting {@code [synthetic]} (a retweet's text is
 * {@code RT @author: } and the retweeted text, as the platform writes it, so a retweet of Milano's
 * real root carries no marker), post ids with snowflake worker id 1023.
 */
package org.metoodiffusion.generate;
