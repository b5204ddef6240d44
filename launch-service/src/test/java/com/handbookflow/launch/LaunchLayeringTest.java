package com.handbookflow.launch;

import com.handbookflow.core.testing.LayeringTest;

class LaunchLayeringTest extends LayeringTest {

    @Override
    protected String basePackage() {
        return "com.handbookflow.launch";
    }

    /** Services still import request and view types (src/test/archunit lists them); the list may only shrink. */
    @Override
    protected boolean knownViolationsFrozen() {
        return true;
    }
}
