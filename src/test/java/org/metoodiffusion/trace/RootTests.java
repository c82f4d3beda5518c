package org.metoodiffusion.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.metoodiffusion.id.InvalidIdException;

class RootTests {

    @Test
    void namedRootsAndEveryWrittenFormReadBack() {
        assertThat(Root.parse("milano")).isEqualTo(new Root(Root.Kind.POST, "919659438700670976"));
        assertThat(Root.parse("Burke")).isEqualTo(new Root(Root.Kind.ORIGIN, "burke-2006"));
        assertThat(Root.parse("post:920016494392246272").key()).isEqualTo("920016494392246272");
        assertThat(Root.parse("@TaranaBurke")).isEqualTo(new Root(Root.Kind.ACCOUNT, "@taranaburke"));
        assertThat(Root.parse("@TaranaBurke").handle()).isEqualTo("taranaburke");
        assertThat(Root.parse("account:26642006").handle()).isNull();
        assertThat(Root.parse("#MeToo")).isEqualTo(new Root(Root.Kind.HASHTAG, "metoo"));
        for (String written : new String[] {"milano", "burke", "920016494392246272", "origin:other-1", "account:26642006",
                "@taranaburke", "#metoo"}) {
            assertThat(Root.parse(written).toString()).isEqualTo(written);
        }
    }

    @Test
    void malformedRootsAreRefusedWithTheFormsToUse() {
        assertThatThrownBy(() -> Root.parse("someone")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hashtag:<tag>");
        assertThatThrownBy(() -> Root.parse("9.196594387006709e+17")).isInstanceOf(InvalidIdException.class);
        assertThatThrownBy(() -> Root.parse("#")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Root.parse("account:1.5")).isInstanceOf(InvalidIdException.class);
    }
}
