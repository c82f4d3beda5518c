package org.metoodiffusion.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The v2 API's times, read by hand, give what {@code OffsetDateTime.parse} gives, errors included. */
class IsoTimeTests {

    @Test
    void theApisShapeReadsAsTheJdkReadsIt() {
        var random = new Random(2017);
        for (int i = 0; i < 100_000; i++) {
            // 1970 to 2040, every millisecond possible.
            var time = Instant.ofEpochMilli((long) (random.nextDouble() * 2_208_988_800_000L)).toString();
            var text = time.length() == 20 ? time.replace("Z", ".000Z") : time;
            assertThat(TweetJson.isoTime(text)).as(text).isEqualTo(OffsetDateTime.parse(text).toInstant());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2017-10-15T20:21:11.000Z", "2016-02-29T23:59:59.999Z", "2017-12-31T00:00:00.001Z",
            "0000-01-01T00:00:00.000Z", "2017-10-15T20:21:11Z", "2017-10-15T20:21:11.000+02:00",
            "2017-10-15T20:21:11.123456Z"})
    void edgesAndOtherShapesGiveTheSameInstant(String text) {
        assertThat(TweetJson.isoTime(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2017-02-30T20:21:11.000Z", "2017-13-15T20:21:11.000Z", "2017-10-15T24:21:11.000Z",
            "2017-10-15T20:60:11.000Z", "2017-10-15T20:21:60.000Z", "2017-1O-15T20:21:11.000Z",
            "2017-10-15T20:21:11.0a0Z", "2017-00-15T20:21:11.000Z", "2017-10-00T20:21:11.000Z", "2017-10-15 20:21:11"})
    void invalidTimesFailAsTheJdkFails(String text) {
        assertThatThrownBy(() -> OffsetDateTime.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> TweetJson.isoTime(text)).isInstanceOf(DateTimeParseException.class);
    }
}
