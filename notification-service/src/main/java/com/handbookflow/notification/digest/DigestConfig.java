package com.handbookflow.notification.digest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/**
 * Digests ({@code notification.digests.*}): how notices reach people's push channels (webhooks,
 * e-mail, the digest event). The inbox always has every notice at once.
 */
@ConfigMapping(prefix = "notification.digests")
public interface DigestConfig {
    /**
     * The first notice to a recipient goes out at once; further ones within this window are bundled
     * into one digest at its end. A limit spec on the wall clock ({@code PT5M}); {@code none}: every
     * notice at once.
     */
    @WithDefault("PT5M")
    String window();

    /** Per department (the recipient's), e.g. {@code department-windows."customer-service"=PT10M}; none switches it off. */
    Map<String, String> departmentWindows();

    /**
     * The link of each item of a digest; {@code {notificationId}}, {@code {processType}},
     * {@code {businessNumber}} and {@code {instanceId}} are replaced.
     */
    @WithDefault("/api/v1/notifications/{notificationId}")
    String itemLink();

    /** How often windows that have ended are looked for ({@code off}: never; tests call {@link Digests#runDue()}). */
    @WithDefault("10s")
    String every();

    /**
     * The most items one digest lists (its event, webhook body and e-mail); a window with more lists the
     * earliest ones and says how many more wait in the inbox, where every notice has its own row and event.
     * {@code itemCount} stays the whole count. Keeps a digest far below what Kafka accepts (1 MB by
     * default; an item is about 1 KB).
     */
    @WithDefault("100")
    int maxItems();

    /** Digests claimed per transaction. */
    @WithDefault("50")
    int batchSize();
}
