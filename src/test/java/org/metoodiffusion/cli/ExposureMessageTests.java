package org.metoodiffusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.metoodiffusion.api.ExposureRefusedException;

/** Issue 16, point 3: `serve` explains a refusal to listen beyond loopback in the refusal's own line. */
class ExposureMessageTests {

    @Test
    void theRefusalIsTheWholeMessage() {
        var failure = new IllegalStateException("start-up failed",
                new ExposureRefusedException("HTTP would listen on 0.0.0.0 ...: set METOO_API_TOKEN"));
        assertThat(FailureMessages.explain(failure)).isEqualTo("HTTP would listen on 0.0.0.0 ...: set METOO_API_TOKEN");
    }
}
