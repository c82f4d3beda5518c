package org.metoodiffusion;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot application: REST API, embedded (or external) Neo4j, schema and seed story.
 * Started by the {@code serve} command of {@link org.metoodiffusion.cli.MetooDiffusion}.
 */
@SpringBootApplication
public class MetooDiffusionApplication {
}
