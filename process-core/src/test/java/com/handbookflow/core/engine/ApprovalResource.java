package com.handbookflow.core.engine;

import com.handbookflow.core.security.NodePermissions;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A minimal scenario over HTTP, so tests see the engine's refusals as a client does. */
@Path("/test/approvals")
public class ApprovalResource {

    public record Started(UUID id, String activeNode) {
    }

    public record Completion(String outcome, List<NodeOutput> outputs, String comment) {
    }

    private final ProcessEngine engine;
    private final ActorProvider actor;
    private final NodePermissions permissions;

    ApprovalResource(ProcessEngine engine, ActorProvider actor, NodePermissions permissions) {
        this.engine = engine;
        this.actor = actor;
        this.permissions = permissions;
    }

    @POST
    @Transactional
    @Operation(operationId = "startApproval")
    public Started start() {
        ProcessInstance instance = engine.start("approval", "AP-" + UUID.randomUUID().toString().substring(0, 8),
                Map.of("priority", "HIGH"), actor.current(), Activation.DEFAULT);
        return new Started(instance.id(), instance.activeNode().orElseThrow().nodeKey());
    }

    @POST
    @Path("{id}/nodes/{node}/completion")
    @Transactional
    @Operation(operationId = "completeApprovalNode")
    public Started complete(@PathParam("id") UUID id, @PathParam("node") String node, Completion completion) {
        ProcessInstance instance = engine.load(id);
        engine.complete(instance, node, completion.outcome(), completion.outputs(), actor.current(),
                completion.comment(), Activation.DEFAULT);
        return new Started(instance.id(), instance.activeNode().map(NodeInstance::nodeKey).orElse(instance.endState()));
    }

    /** The same act, as a scenario service does it: only whoever may act on the node. */
    @POST
    @Path("{id}/nodes/{node}/guarded-completion")
    @Transactional
    @Operation(operationId = "completeApprovalNodeGuarded")
    public Started completeGuarded(@PathParam("id") UUID id, @PathParam("node") String node, Completion completion) {
        ProcessInstance instance = engine.load(id);
        instance.activeNode().ifPresent(permissions::requireMayActOn);
        return complete(id, node, completion);
    }
}
