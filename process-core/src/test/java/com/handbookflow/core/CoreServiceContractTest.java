package com.handbookflow.core;

import com.handbookflow.core.testing.ServiceContractTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CoreServiceContractTest extends ServiceContractTest {
}
