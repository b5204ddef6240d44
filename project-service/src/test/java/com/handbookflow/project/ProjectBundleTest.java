package com.handbookflow.project;

import com.handbookflow.core.testing.BundleTest;

class ProjectBundleTest extends BundleTest {

    @Override
    protected String basePackage() {
        return "com.handbookflow.project";
    }
}
