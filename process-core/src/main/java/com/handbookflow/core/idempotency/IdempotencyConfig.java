package com.handbookflow.core.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "handbook.idempotency")
public interface IdempotencyConfig {

    /** How long a key is remembered: a retry after that runs again. */
    @WithDefault("PT24H")
    Duration retention();

}
