package com.handbookflow.complaint;

import com.handbookflow.core.testing.BundleTest;

class ComplaintBundleTest extends BundleTest {

    @Override
    protected String basePackage() {
        return "com.handbookflow.complaint";
    }
}
