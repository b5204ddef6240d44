package com.handbookflow.notification.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "notification.audit")
public interface AuditConfig {

    /** Share of a month's closed cases drawn for audit (at least one per scenario that closed any). */
    @WithDefault("0.10")
    double sampleFraction();

    /** The department that supervises the processes (运营管理部): told of each month's sample. */
    @WithDefault("operations-management")
    String supervisingDepartment();

    /** How often the scheduler checks whether a draw is due ({@code off}: never, tests call drawDue()). */
    @WithDefault("1h")
    String every();
}
