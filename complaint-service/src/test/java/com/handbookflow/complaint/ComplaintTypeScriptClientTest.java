package com.handbookflow.complaint;

import com.handbookflow.core.security.Role;
import com.handbookflow.core.testing.NodeTools;
import com.handbookflow.core.testing.OnAMondayMorning;
import com.handbookflow.core.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The typed TypeScript client (clients/typescript) works against the real service, as a front end
 * would use it: examples/complaint-walk.ts walks a complaint through its acts, from receipt to closure,
 * with the agent's and the logistics department's tokens. Compiled with the project's pinned tsc and
 * run with Node against this test's service.
 */
@QuarkusTest
class ComplaintTypeScriptClientTest extends OnAMondayMorning {

    @TestHTTPResource("/")
    URL service;

    @Test
    void a_front_end_walks_a_complaint_from_receipt_to_closure_with_the_typed_client() {
        Path clients = NodeTools.repositoryRoot().resolve("clients/typescript");
        NodeTools.Result compiled = NodeTools.run(clients, Map.of(), List.of(
                NodeTools.binary("clients/typescript", "tsc").toString(), "-p", "tsconfig.json"));
        assertEquals(0, compiled.exitCode(), "tsc in clients/typescript:\n" + compiled.output());

        String baseUrl = service.toString().replaceAll("/$", "");
        NodeTools.Result walk = NodeTools.run(clients, Map.of(
                "HANDBOOK_BASE_URL", baseUrl,
                "HANDBOOK_AGENT_TOKEN", Tokens.named("u1001", "张敏", "customer-service", Role.STAFF),
                "HANDBOOK_LOGISTICS_TOKEN", Tokens.named("u2001", "刘洋", "logistics", Role.STAFF)),
                List.of("node", "dist/examples/complaint-walk.js"));
        assertEquals(0, walk.exitCode(), "the walk with the TypeScript client:\n" + walk.output());
        assertTrue(walk.output().contains("walked to CLOSED"), walk.output());
    }
}
