package com.handbookflow.notification.digest;

import java.time.Instant;

/**
 * How a notice reaches the push channels: at once ({@code purpose} null), or into the recipient's open
 * digest / quiet-hours hold that goes out at {@code sendAt} (when this notice opens the window).
 */
public record Route(DigestPurpose purpose, Instant sendAt) {

    public static final Route AT_ONCE = new Route(null, null);

    public boolean atOnce() {
        return purpose == null;
    }
}
