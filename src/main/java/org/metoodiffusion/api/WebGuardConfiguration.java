package org.metoodiffusion.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The guards in front of everything else, in this order: the {@code Host} check (DNS rebinding),
 * the bearer token when one is configured, and the refusal of cross-origin writes. CORS is off
 * unless {@code METOO_CORS_ORIGINS} names origins.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebGuardSettings.class)
class WebGuardConfiguration implements WebMvcConfigurer {

    private final WebGuardSettings settings;

    WebGuardConfiguration(WebGuardSettings settings) {
        this.settings = settings;
    }

    @Bean
    FilterRegistrationBean<AllowedHostFilter> allowedHostFilter(ObjectMapper json,
            @Value("${server.address:}") String serverAddress) {
        return first(new AllowedHostFilter(settings, serverAddress, json), 0);
    }

    @Bean
    FilterRegistrationBean<BearerTokenFilter> bearerTokenFilter(ObjectMapper json) {
        var registration = first(new BearerTokenFilter(settings.tokenRequired() ? settings.apiToken() : "", json), 1);
        registration.setEnabled(settings.tokenRequired());
        return registration;
    }

    @Bean
    FilterRegistrationBean<SameOriginWriteFilter> sameOriginWriteFilter(ObjectMapper json) {
        return first(new SameOriginWriteFilter(settings, json), 2);
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (!settings.corsOrigins().isEmpty()) {
            registry.addMapping("/api/**").allowedOrigins(settings.corsOrigins().toArray(String[]::new))
                    .allowedMethods("GET", "POST").allowedHeaders("*");
        }
    }

    private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> first(F filter, int position) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + position);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
