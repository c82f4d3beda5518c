package org.metoodiffusion.centrality;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link CentralitySettings}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CentralitySettings.class)
class CentralityConfiguration {
}
