package com.handbookflow.project;

import com.handbookflow.core.testing.LayeringTest;

class ProjectLayeringTest extends LayeringTest {

    @Override
    protected String basePackage() {
        return "com.handbookflow.project";
    }
}
