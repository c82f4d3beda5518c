package org.metoodiffusion.api;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.PropertyResolver;
import org.springframework.util.StringUtils;

/**
 * Refuses to start a server that would listen beyond loopback without a secret: HTTP without
 * {@code METOO_API_TOKEN}, or the embedded Bolt connector without {@code METOO_BOLT_PASSWORD}.
 * Runs once the configuration is known and before anything starts (registered in
 * {@code META-INF/spring.factories}), so nothing is ever bound unprotected. On loopback nothing is
 * asked.
 */
public class ExposureCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /** Neo4j's own minimum ({@code dbms.security.auth_minimum_password_length}). */
    static final int MIN_PASSWORD_LENGTH = 8;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        var web = event.getSpringApplication().getWebApplicationType() != WebApplicationType.NONE;
        var refusal = refusal(event.getEnvironment(), web);
        if (refusal != null) {
            throw new ExposureRefusedException(refusal);
        }
    }

    /** Why the configuration may not start, in one line naming the setting to give; null if it may. */
    static String refusal(PropertyResolver environment, boolean web) {
        var httpAddress = environment.getProperty("server.address", "");
        if (web && !isLoopback(httpAddress) && !StringUtils.hasText(environment.getProperty("metoo.web.api-token"))) {
            return "HTTP would listen on " + shown(httpAddress) + ", beyond loopback, with no authentication: set "
                    + "METOO_API_TOKEN to a secret that clients send as 'Authorization: Bearer <token>', or set "
                    + "SERVER_ADDRESS=127.0.0.1.";
        }
        if (StringUtils.hasText(environment.getProperty("metoo.neo4j.uri"))) {
            return null;
        }
        var boltAddress = environment.getProperty("metoo.neo4j.embedded.bolt-address", "127.0.0.1");
        var password = environment.getProperty("metoo.neo4j.embedded.bolt-password", "");
        if (!isLoopback(boltAddress) && !StringUtils.hasText(password)) {
            return "Bolt would listen on " + shown(boltAddress) + ", beyond loopback, with no authentication: set "
                    + "METOO_BOLT_PASSWORD (at least " + MIN_PASSWORD_LENGTH + " characters; user neo4j), or set "
                    + "METOO_BOLT_ADDRESS=127.0.0.1.";
        }
        if (StringUtils.hasText(password) && password.length() < MIN_PASSWORD_LENGTH) {
            return "METOO_BOLT_PASSWORD must have at least " + MIN_PASSWORD_LENGTH + " characters.";
        }
        return null;
    }

    /** A blank address means every interface; a name that does not resolve is not trusted either. */
    static boolean isLoopback(String address) {
        var host = address == null ? "" : address.strip();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty()) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String shown(String address) {
        return StringUtils.hasText(address) ? address : "every interface";
    }

    @Override
    public int getOrder() {
        // After Spring Boot's own listeners (configuration files, logging) have run.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
