package org.metoodiffusion.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class IdsTests {

    @Test
    void milanosTweetIdEncodesItsCreationTime() {
        assertThat(Ids.snowflakeTime(919659438700670976L)).isEqualTo(Instant.parse("2017-10-15T20:21:11.289Z"));
    }

    @Test
    void snowflakeAtIsTheInverseToTheMillisecond() {
        var time = Instant.parse("2017-12-06T14:00:00Z");
        assertThat(Ids.snowflakeAt(time)).isEqualTo(938407678571446272L);
        assertThat(Ids.snowflakeTime(Ids.snowflakeAt(time))).isEqualTo(time);
    }

    @Test
    void idsBeyondTwoToThe53SurviveAsStrings() {
        var id = "919659438700670977";
        assertThat(Ids.requirePostId(id)).isEqualTo(id);
        assertThat((double) Long.parseLong(id)).isEqualTo((double) Long.parseLong("919659438700670976"));
    }

    @Test
    void floatMangledIdsAreRefusedAsSuch() {
        assertThatThrownBy(() -> Ids.requirePostId("9.825813237296947e+17"))
                .isInstanceOf(InvalidIdException.class).hasMessageContaining("floating-point");
        assertThatThrownBy(() -> Ids.requirePostId("919659438700670976.0"))
                .hasMessageContaining("floating-point");
        assertThatThrownBy(() -> Ids.requirePostId("9E17")).hasMessageContaining("floating-point");
    }

    @Test
    void otherMalformedIdsAreRefused() {
        assertThatThrownBy(() -> Ids.requirePostId("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> Ids.requirePostId(null)).hasMessageContaining("empty");
        assertThatThrownBy(() -> Ids.requirePostId("-5")).hasMessageContaining("not a valid post id");
        assertThatThrownBy(() -> Ids.requirePostId("99999999999999999999")).hasMessageContaining("not a valid");
        assertThatThrownBy(() -> Ids.requirePostId("@milano")).hasMessageContaining("not a valid");
    }

    @Test
    void accountsArePlatformIdsOrProvisionalHandles() {
        assertThat(Ids.requireAccountId("26642006")).isEqualTo("26642006");
        assertThat(Ids.requireAccountId("@taranaburke")).isEqualTo("@taranaburke");
        assertThatThrownBy(() -> Ids.requireAccountId("@")).isInstanceOf(InvalidIdException.class);
        assertThatThrownBy(() -> Ids.requireAccountId("@a b")).isInstanceOf(InvalidIdException.class);
    }
}
