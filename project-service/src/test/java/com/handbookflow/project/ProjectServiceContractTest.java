package com.handbookflow.project;

import com.handbookflow.core.testing.ServiceContractTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProjectServiceContractTest extends ServiceContractTest {

    @Override
    protected String publishedAs() {
        return "project";
    }
}
