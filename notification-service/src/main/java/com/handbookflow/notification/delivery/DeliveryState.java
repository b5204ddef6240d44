package com.handbookflow.notification.delivery;

import com.handbookflow.core.label.Labeled;

public enum DeliveryState implements Labeled {
    /** Waiting for its (next) try. */
    PENDING,
    /** The endpoint answered 2xx. */
    DELIVERED,
    /** Every try failed: dead letter, waiting for an operator. */
    DEAD;
}
