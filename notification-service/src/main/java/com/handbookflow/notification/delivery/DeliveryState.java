package com.handbookflow.notification.delivery;

import com.handbookflow.core.label.Labeled;

public enum DeliveryState implements Labeled {
    /** Waiting for its (next) try. */
    PENDING("待发送", "Pending"),
    /** The endpoint answered 2xx. */
    DELIVERED("已送达", "Delivered"),
    /** Every try failed: dead letter, waiting for an operator. */
    DEAD("发送失败（死信）", "Dead letter");

    private final String zh;
    private final String en;

    DeliveryState(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
