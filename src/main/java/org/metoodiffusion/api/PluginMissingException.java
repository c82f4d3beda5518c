package org.metoodiffusion.api;

/**
 * A Neo4j plugin the request needs (Graph Data Science, APOC) is not installed on the server;
 * answered with 503 and the plugin's name.
 */
public class PluginMissingException extends RuntimeException {

    private final String plugin;

    public PluginMissingException(String plugin, String message) {
        super(message);
        this.plugin = plugin;
    }

    public String plugin() {
        return plugin;
    }
}
