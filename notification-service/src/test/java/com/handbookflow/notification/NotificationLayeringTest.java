package com.handbookflow.notification;

import com.handbookflow.core.testing.LayeringTest;

class NotificationLayeringTest extends LayeringTest {

    @Override
    protected String basePackage() {
        return "com.handbookflow.notification";
    }

    /** Services still import request and view types (src/test/archunit lists them); the list may only shrink. */
    @Override
    protected boolean knownViolationsFrozen() {
        return true;
    }
}
