package com.handbookflow.complaint;

import com.handbookflow.core.testing.ServiceContractTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ComplaintServiceContractTest extends ServiceContractTest {

    @Override
    protected String publishedAs() {
        return "complaint";
    }
}
