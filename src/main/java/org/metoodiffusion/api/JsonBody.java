package org.metoodiffusion.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An answer already written as JSON, with a strong entity tag (a digest of its bytes), for answers
 * kept between requests: sending it costs no serialisation, and a client that sends the tag back
 * in {@code If-None-Match} gets a 304 while the answer is unchanged (Spring compares them for a
 * {@link ResponseEntity} to a GET).
 */
public record JsonBody(byte[] json, String etag) {

    /** {@code value} written by {@code mapper} (the application's, so the bytes are what Spring would write). */
    public static JsonBody of(ObjectMapper mapper, Object value) {
        try {
            var bytes = mapper.writeValueAsBytes(value);
            var digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new JsonBody(bytes, "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Could not write a " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** A 200 with this body, its length and its ETag. */
    public ResponseEntity<byte[]> response() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).eTag(etag).body(json);
    }
}
