package com.handbookflow.notification;

import com.handbookflow.core.testing.LayeringTest;

class NotificationLayeringTest extends LayeringTest {

    @Override
    protected String basePackage() {
        return "com.handbookflow.notification";
    }
}
