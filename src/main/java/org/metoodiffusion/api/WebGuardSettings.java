package org.metoodiffusion.api;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * What guards the HTTP server, bound from {@code metoo.web.*} (environment variables in
 * application.yml). The token is a secret: it is never logged and {@link #toString()} hides it.
 *
 * @param allowedHosts host names besides loopback and the configured server address that requests
 *                     may name in {@code Host} ({@code METOO_ALLOWED_HOSTS})
 * @param corsOrigins  origins a browser may call the API from, writes included ({@code METOO_CORS_ORIGINS});
 *                     empty: same origin only, CORS off
 * @param apiToken     bearer token every request but the health check must carry ({@code METOO_API_TOKEN});
 *                     empty: none asked
 */
@ConfigurationProperties("metoo.web")
public record WebGuardSettings(List<String> allowedHosts, List<String> corsOrigins, String apiToken) {

    public WebGuardSettings {
        allowedHosts = clean(allowedHosts);
        corsOrigins = clean(corsOrigins);
        apiToken = StringUtils.hasText(apiToken) ? apiToken.strip() : null;
    }

    public boolean tokenRequired() {
        return apiToken != null;
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(StringUtils::hasText)
                .map(value -> value.strip().toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public String toString() {
        return "WebGuardSettings[allowedHosts=" + allowedHosts + ", corsOrigins=" + corsOrigins + ", apiToken="
                + (apiToken == null ? "none" : "(set)") + "]";
    }
}
