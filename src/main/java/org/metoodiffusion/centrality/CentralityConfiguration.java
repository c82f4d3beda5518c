package org.metoodiffusion.centrality;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Binds {@link CentralitySettings}; registers the resolver of the endpoints' query records. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CentralitySettings.class)
class CentralityConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new QueryRecordResolver());
    }
}
