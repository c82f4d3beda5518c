package org.metoodiffusion.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With {@code METOO_API_TOKEN} set, every request but the health check must carry
 * {@code Authorization: Bearer <token>}; the server refuses to listen beyond loopback without one
 * ({@link ExposureCheck}). The comparison takes the same time whatever matches, so timing tells
 * nothing of the token.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String HEALTH = "/actuator/health";

    private final byte[] expected;
    private final ObjectMapper json;

    BearerTokenFilter(String token, ObjectMapper json) {
        this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        var given = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (path.equals(HEALTH) || path.startsWith(HEALTH + "/")
                || given != null && MessageDigest.isEqual(expected, given.strip().getBytes(StandardCharsets.UTF_8))) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        ProblemResponses.write(response, json, ProblemHandler.problem(HttpStatus.UNAUTHORIZED, "unauthorized",
                "Authentication required", given == null
                        ? "This server requires a token: send the header 'Authorization: Bearer <METOO_API_TOKEN>'."
                        : "The token in the Authorization header is not the server's."));
    }
}
