package com.handbookflow.notification;

import com.handbookflow.core.testing.ServiceContractTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class NotificationServiceContractTest extends ServiceContractTest {
}
