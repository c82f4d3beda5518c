package org.metoodiffusion.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/** The OpenAPI document's title, version (the build's) and description, instead of springdoc's placeholders. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String TITLE = "metoo-diffusion";

    @Bean
    OpenAPI openApi() {
        return new OpenAPI().info(new Info().title(TITLE).version(version())
                .description("How #MeToo spread, as a graph you can query: posts, accounts and their reply, retweet, "
                        + "quote and mention edges in Neo4j; cascades from Alyssa Milano's tweet of 15 Oct 2017 and "
                        + "from Tarana Burke's 2006 campaign, influence paths, centrality and communities (Neo4j "
                        + "Graph Data Science), graph views and exports. Every error is an RFC 9457 "
                        + "application/problem+json body.")
                .license(new License().name("GPL-3.0-or-later").url("https://www.gnu.org/licenses/gpl-3.0.txt")));
    }

    private static String version() {
        var properties = new Properties();
        try (var in = new ClassPathResource("metoo-build.properties").getInputStream()) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("metoo-build.properties is missing from the build", e);
        }
        return properties.getProperty("version");
    }
}
