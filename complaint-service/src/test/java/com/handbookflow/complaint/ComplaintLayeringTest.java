package com.handbookflow.complaint;

import com.handbookflow.core.testing.LayeringTest;

class ComplaintLayeringTest extends LayeringTest {

    @Override
    protected String basePackage() {
        return "com.handbookflow.complaint";
    }
}
