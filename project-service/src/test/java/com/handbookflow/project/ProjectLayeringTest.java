package com.handbookflow.project;

import com.handbookflow.core.testing.LayeringTest;

class ProjectLayeringTest extends LayeringTest {

    @Override
    protected String basePackage() {
        return "com.handbookflow.project";
    }

    /** Services still import request and view types (src/test/archunit lists them); the list may only shrink. */
    @Override
    protected boolean knownViolationsFrozen() {
        return true;
    }
}
