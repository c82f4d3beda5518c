package org.metoodiffusion.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.metoodiffusion.api.BadRequestException;

class HorizonTests {

    @Test
    void readsWholeUnitsAndWritesThemBack() {
        assertThat(Horizon.parse("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(Horizon.parse(" 6H ")).isEqualTo(Duration.ofHours(6));
        assertThat(Horizon.parse("2d")).isEqualTo(Duration.ofDays(2));
        assertThat(Horizon.parse("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Horizon.format(Duration.ofMinutes(120))).isEqualTo("2h");
        assertThat(Horizon.format(Duration.ofMinutes(90))).isEqualTo("90m");
        assertThat(Horizon.format(Duration.ofDays(2))).isEqualTo("2d");
        assertThat(Horizon.format(Duration.ofSeconds(61))).isEqualTo("61s");
    }

    @Test
    void anythingElseIsABadRequest() {
        for (String text : new String[] {null, "", "1", "1w", "1.5h", "-1h", "0m", "366d", "h"}) {
            assertThatThrownBy(() -> Horizon.parse(text)).as(text).isInstanceOf(BadRequestException.class);
        }
    }
}
