package com.handbookflow.launch;

import com.handbookflow.core.testing.LayeringTest;

class LaunchLayeringTest extends LayeringTest {

    @Override
    protected String basePackage() {
        return "com.handbookflow.launch";
    }
}
