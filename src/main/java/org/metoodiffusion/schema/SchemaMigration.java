package org.metoodiffusion.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import org.metoodiffusion.cypher.CypherFiles;

/**
 * One schema file: {@code V<version>__<description>.cypher}, its statements and the SHA-256 of
 * its text (line ends normalised), by which a later change to an applied file is detected.
 */
public record SchemaMigration(int version, String description, String file, String checksum, List<String> statements) {

    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

    static SchemaMigration parse(String file, String text) {
        var matcher = FILE_NAME.matcher(file);
        if (!matcher.matches()) {
            throw new SchemaMigrationException("Schema file " + file
                    + " is not named V<version>__<description>.cypher (e.g. V0003__cascade_indexes.cypher)");
        }
        var statements = CypherFiles.statements(text);
        if (statements.isEmpty()) {
            throw new SchemaMigrationException("Schema file " + file + " holds no statement");
        }
        return new SchemaMigration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '), file,
                sha256(text.replace("\r\n", "\n")), statements);
    }

    private static String sha256(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
