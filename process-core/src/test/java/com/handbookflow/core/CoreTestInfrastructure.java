package com.handbookflow.core;

import com.handbookflow.core.testing.KafkaBrokerResource;
import com.handbookflow.core.testing.PostgresDatabaseResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** The shared library's own tests run on the real PostgreSQL (a database of their own) and a real Kafka broker. */
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "database", value = "core"))
@QuarkusTestResource(KafkaBrokerResource.class)
public final class CoreTestInfrastructure {
    private CoreTestInfrastructure() {
    }
}
