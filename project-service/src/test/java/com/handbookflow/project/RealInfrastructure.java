package com.handbookflow.project;

import com.handbookflow.core.testing.KafkaBrokerResource;
import com.handbookflow.core.testing.PostgresDatabaseResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of this service runs against a database of its own on the real PostgreSQL and a real Kafka broker. */
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "database", value = "project"))
@QuarkusTestResource(KafkaBrokerResource.class)
public final class RealInfrastructure {
    private RealInfrastructure() {
    }
}
