package com.handbookflow.core.startup;

import com.handbookflow.core.engine.definition.ProcessDefinitions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check of {@link StartupValidationTest} is the one the running service passed at start. */
@QuarkusTest
class StartupValidationAtStartTest {

    @Inject
    StartupValidation validation;

    @Inject
    ProcessDefinitions definitions;

    @Test
    void the_service_checked_and_loaded_its_process_definitions_when_it_started() {
        assertTrue(validation.passed());
        assertEquals(java.util.List.of("approval", "plan-review"), definitions.types());
        assertTrue(definitions.isLoaded("approval"));
    }
}
