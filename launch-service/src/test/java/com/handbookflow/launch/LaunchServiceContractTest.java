package com.handbookflow.launch;

import com.handbookflow.core.testing.ServiceContractTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LaunchServiceContractTest extends ServiceContractTest {

    @Override
    protected String publishedAs() {
        return "launch";
    }
}
