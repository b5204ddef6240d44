package com.handbookflow.core;

import com.handbookflow.core.testing.BundleTest;

class CoreBundleTest extends BundleTest {

    @Override
    protected String basePackage() {
        return "com.handbookflow.core";
    }
}
