package com.handbookflow.launch;

import com.handbookflow.core.testing.BundleTest;

class LaunchBundleTest extends BundleTest {

    @Override
    protected String basePackage() {
        return "com.handbookflow.launch";
    }
}
