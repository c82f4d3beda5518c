package org.metoodiffusion.api;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses state-changing requests (POST, PUT, PATCH, DELETE) sent by a page of another origin,
 * before anything runs: a browser lets any page POST to 127.0.0.1 (a "simple" request needs no
 * CORS preflight), and it always says where the page came from in {@code Origin}, or failing that
 * in {@code Referer}. The server's own origin is the request's scheme and {@code Host} (which
 * {@link AllowedHostFilter} has checked); origins in {@code METOO_CORS_ORIGINS} are allowed too.
 * A request with neither header is not from a browser page (curl, scripts) and passes.
 */
final class SameOriginWriteFilter extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final Set<String> trusted;
    private final ObjectMapper json;

    SameOriginWriteFilter(WebGuardSettings settings, ObjectMapper json) {
        this.trusted = Set.copyOf(settings.corsOrigins().stream().map(SameOriginWriteFilter::origin)
                .filter(origin -> origin != null).toList());
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!WRITES.contains(request.getMethod().toUpperCase(Locale.ROOT)) || sameOrigin(request)) {
            chain.doFilter(request, response);
            return;
        }
        ProblemResponses.write(response, json, ProblemHandler.problem(HttpStatus.FORBIDDEN, "cross-origin-write",
                "Cross-origin write refused", "Requests that change the graph are accepted from this server's own "
                        + "pages and from clients that send no Origin or Referer (curl, scripts); to allow a web "
                        + "application of another origin, add it to METOO_CORS_ORIGINS."));
    }

    private boolean sameOrigin(HttpServletRequest request) {
        var claimed = request.getHeader(HttpHeaders.ORIGIN);
        if (claimed == null) {
            claimed = request.getHeader(HttpHeaders.REFERER);
            if (claimed == null) {
                return true;
            }
        }
        var origin = origin(claimed);
        if (origin == null) {
            // "Origin: null" (sandboxed frames, file: pages) and anything unparsable
            return false;
        }
        var host = request.getHeader(HttpHeaders.HOST);
        return trusted.contains(origin) || host != null && origin.equals(origin(request.getScheme() + "://" + host));
    }

    /** {@code scheme://host:port}, lower case, the default port made explicit; null if it is not a URL. */
    static String origin(String url) {
        try {
            var uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            var scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
