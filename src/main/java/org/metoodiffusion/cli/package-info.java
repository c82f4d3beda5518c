/**
 * The command line (picocli): one small class per subcommand, options named like cypher-shell's
 * where they mean the same ({@code -a/--address}, {@code -u}, {@code -p}, {@code -d}), defaults
 * from environment variables.
 */
package org.metoodiffusion.cli;
