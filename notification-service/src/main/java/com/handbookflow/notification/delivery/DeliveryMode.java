package com.handbookflow.notification.delivery;

import com.handbookflow.core.label.Labeled;

/** What an endpoint receives: one message per digest (default for new endpoints) or one per notice. */
public enum DeliveryMode implements Labeled {
    /** Notices that went out at once, and each digest as one message (the items inside). */
    DIGEST,
    /** Every notice as its own message (held ones at the start of the working day); no digests. */
    EACH;
}
