package com.handbookflow.core.problem;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;

/**
 * Hands the check that a request's URI parses from Quarkus's HTTP layer to {@link HttpLayerProblems}, whose first
 * route makes the same check and answers with problem+json instead of Quarkus's bare 400 with an empty body.
 * <p>
 * Quarkus 3.33 runs that check in the root request handler, before any route or filter, and offers one switch only:
 * the JVM system property {@value #QUARKUS_SWITCH}, read once when its HTTP recorder class is initialised, during
 * start after the run-time configuration is built (there is no {@code quarkus.http} setting, quarkusio/quarkus#37804).
 * Quarkus builds that configuration with this factory, which therefore sets the property in time in every launch (the
 * packaged jar, tests, dev mode) without a JVM option to remember; it adds no configuration source. Turned off with
 * {@code handbook.http.problem-for-malformed-uri=false} (Quarkus's own check and bare 400 then).
 */
public class UriCheckHandover implements ConfigSourceFactory {

    static final String QUARKUS_SWITCH = "vertx.disableURIValidation";
    static final String SETTING = "handbook.http.problem-for-malformed-uri";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue setting = context.getValue(SETTING);
        if (setting == null || setting.getValue() == null || Boolean.parseBoolean(setting.getValue().trim())) {
            System.setProperty(QUARKUS_SWITCH, "true");
        }
        return List.of();
    }
}
