package com.handbookflow.core.idempotency;

import com.handbookflow.core.engine.Activation;
import com.handbookflow.core.engine.ActorProvider;
import com.handbookflow.core.engine.ProcessEngine;
import com.handbookflow.core.engine.ProcessInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.Map;
import java.util.UUID;

/** Creates an approval and answers 201 with its Location; with {@code crash=true} the server dies before its commit. */
@Path("/test/crash-prone-approvals")
public class CrashProneApprovalResource {

    public record Created(UUID id) {
    }

    private final ProcessEngine engine;
    private final ActorProvider actor;

    CrashProneApprovalResource(ProcessEngine engine, ActorProvider actor) {
        this.engine = engine;
        this.actor = actor;
    }

    @POST
    @Transactional
    public Response create(@QueryParam("crash") boolean crash, @Context UriInfo uri) {
        ProcessInstance instance = engine.start("approval", "AP-" + UUID.randomUUID().toString().substring(0, 8),
                Map.of("priority", "HIGH"), actor.current(), Activation.DEFAULT);
        if (crash) {
            throw new IllegalStateException("the server died before its commit");
        }
        return Response.created(uri.getAbsolutePathBuilder().path(instance.id().toString()).build())
                .entity(new Created(instance.id())).build();
    }
}
