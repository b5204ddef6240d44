package com.handbookflow.notification;

import com.handbookflow.core.testing.BundleTest;

class NotificationBundleTest extends BundleTest {

    @Override
    protected String basePackage() {
        return "com.handbookflow.notification";
    }
}
