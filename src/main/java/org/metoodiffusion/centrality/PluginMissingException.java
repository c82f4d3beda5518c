package org.metoodiffusion.centrality;

import java.util.Map;

import org.metoodiffusion.api.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A Neo4j plugin the request needs (Graph Data Science, APOC) is not installed on the server;
 * answered with 503 and the plugin's name.
 */
public class PluginMissingException extends ProblemException {

    private final String plugin;

    public PluginMissingException(String plugin, String message) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "plugin-missing", plugin + " is not installed", message);
        this.plugin = plugin;
    }

    public String plugin() {
        return plugin;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("plugin", plugin);
    }
}
