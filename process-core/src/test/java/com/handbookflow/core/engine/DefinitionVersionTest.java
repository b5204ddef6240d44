package com.handbookflow.core.engine;

import com.handbookflow.core.engine.definition.NodeDefinition;
import com.handbookflow.core.engine.definition.ProcessDefinition;
import com.handbookflow.core.engine.definition.ProcessDefinitions;
import com.handbookflow.core.engine.definition.TransitionDefinition;
import com.handbookflow.core.testing.MutableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A company changes a process while instances run: those keep the definition version they started
 * with, new ones take the new definition.
 */
@QuarkusTest
class DefinitionVersionTest {

    private static final List<NodeOutput> REQUEST_FORM = List.of(new NodeOutput("request-form", "dms://rf/1"));
    private static final List<NodeOutput> REVIEW_FORM = List.of(new NodeOutput("review-form", "dms://rv/1"));

    @Inject
    ProcessDefinitions definitions;

    @Inject
    ProcessEngine engine;

    @Inject
    MutableClock clock;

    private ProcessDefinition handbook;

    @BeforeEach
    void handbookDefinition() {
        clock.setShanghai("2026-09-30T09:00");
        handbook = definitions.get("approval");
    }

    @AfterEach
    void restoreHandbookDefinition() {
        definitions.install(handbook);
    }

    @Test
    void a_running_instance_finishes_on_its_version_after_a_later_node_was_removed_and_a_new_one_takes_the_new_definition() {
        UUID running = start();
        complete(running, "DRAFT", "submitted", REQUEST_FORM);

        definitions.install(withoutPublish(handbook));

        // the running instance still knows PUBLISH: approved leads there, and it ends as before
        assertEquals("PUBLISH", complete(running, "REVIEW", "approved", REVIEW_FORM));
        assertEquals("APPROVED", complete(running, "PUBLISH", "published", List.of()));

        UUID started = start();
        complete(started, "DRAFT", "submitted", REQUEST_FORM);
        assertEquals("APPROVED", complete(started, "REVIEW", "approved", REVIEW_FORM));

        List<String> walked = QuarkusTransaction.requiringNew().call(() ->
                engine.load(started).nodes().stream().map(NodeInstance::nodeKey).toList());
        assertEquals(List.of("DRAFT", "REVIEW"), walked);
        String oldVersion = QuarkusTransaction.requiringNew().call(() -> engine.load(running).definitionVersion());
        String newVersion = QuarkusTransaction.requiringNew().call(() -> engine.load(started).definitionVersion());
        assertNotEquals(oldVersion, newVersion);
    }

    @Test
    void the_same_definition_is_one_version_however_often_instances_start() {
        UUID first = start();
        UUID second = start();

        assertEquals(QuarkusTransaction.requiringNew().call(() -> engine.load(first).definitionVersion()),
                QuarkusTransaction.requiringNew().call(() -> engine.load(second).definitionVersion()));
    }

    /** The handbook's approval with PUBLISH removed: approved ends the process at once. */
    private static ProcessDefinition withoutPublish(ProcessDefinition definition) {
        List<NodeDefinition> nodes = definition.nodes().stream()
                .filter(n -> !n.key().equals("PUBLISH"))
                .map(n -> new NodeDefinition(n.key(), n.nameZh(), n.nameEn(), n.responsibleDepartment(),
                        n.cooperatingDepartments(), n.limit(), n.limitFrom(), n.requiredOutputs(),
                        n.transitions().stream().map(t -> t.to().equals("PUBLISH")
                                ? new TransitionDefinition(t.outcome(), "APPROVED", t.nameZh(), t.nameEn()) : t).toList()))
                .toList();
        return new ProcessDefinition(definition.type(), definition.nameZh(), definition.nameEn(), nodes,
                definition.endStates());
    }

    private UUID start() {
        return UUID.fromString(given().post("/test/approvals").then().statusCode(200).extract().path("id"));
    }

    private String complete(UUID id, String node, String outcome, List<NodeOutput> outputs) {
        return given().contentType(ContentType.JSON).body(Map.of("outcome", outcome, "outputs", outputs))
                .post("/test/approvals/{id}/nodes/{node}/completion", id, node)
                .then().statusCode(200).extract().path("activeNode");
    }
}
