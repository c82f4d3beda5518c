package org.metoodiffusion.api;

import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests whose {@code Host} is not a name of this server, against DNS rebinding: a page
 * on {@code evil.example} whose name the attacker re-points at 127.0.0.1 reaches the server as the
 * browser's own site, but still says {@code Host: evil.example}. Allowed: loopback names, the
 * configured server address and {@code METOO_ALLOWED_HOSTS}; any port, as only ours reaches us.
 * A request without {@code Host} (HTTP/1.0, not a browser) passes.
 */
final class AllowedHostFilter extends OncePerRequestFilter {

    /** 421: the request names a host this server does not serve (RFC 9110, 15.5.20). */
    private static final HttpStatusCode MISDIRECTED_REQUEST = HttpStatusCode.valueOf(421);

    private final Set<String> allowed = new HashSet<>(Set.of("localhost", "127.0.0.1", "[::1]"));
    private final ObjectMapper json;

    AllowedHostFilter(WebGuardSettings settings, String serverAddress, ObjectMapper json) {
        this.json = json;
        if (serverAddress != null && !serverAddress.isBlank()) {
            allowed.add(name(serverAddress));
        }
        settings.allowedHosts().forEach(host -> allowed.add(name(host)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var host = request.getHeader(HttpHeaders.HOST);
        if (host == null || allowed.contains(name(withoutPort(host)))) {
            chain.doFilter(request, response);
            return;
        }
        ProblemResponses.write(response, json, ProblemHandler.problem(MISDIRECTED_REQUEST, "host-not-allowed",
                "Host not allowed", "This server does not answer to the host name in the request. To reach it by "
                        + "another name, add that name to METOO_ALLOWED_HOSTS."));
    }

    /** The host of a {@code Host} header value: {@code [::1]:8080} -> {@code [::1]}, {@code a.b:80} -> {@code a.b}. */
    static String withoutPort(String host) {
        var value = host.strip();
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            return end < 0 ? value : value.substring(0, end + 1);
        }
        int colon = value.indexOf(':');
        return colon < 0 ? value : value.substring(0, colon);
    }

    /** Lower case, no trailing dot, IPv6 literals in brackets, so equal names compare equal. */
    static String name(String host) {
        var value = host.strip().toLowerCase(Locale.ROOT);
        if (value.endsWith(".")) {
            value = value.substring(0, value.length() - 1);
        }
        if (value.contains(":") && !value.startsWith("[")) {
            value = "[" + value + "]";
        }
        return value;
    }
}
