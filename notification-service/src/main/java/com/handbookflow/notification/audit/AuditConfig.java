package com.handbookflow.notification.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "notification.audit")
public interface AuditConfig {

    /** Share of a month's closed cases drawn for audit (at least one per scenario that closed any). */
    @WithDefault("0.10")
    double sampleFraction();
}
