package com.handbookflow.core.engine;

import com.handbookflow.core.engine.guard.CompletionContent;
import com.handbookflow.core.engine.item.WorkItem;
import com.handbookflow.core.engine.item.WorkItemResult;
import com.handbookflow.core.engine.item.WorkItemSpec;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A scenario with work items and a guard over HTTP (the plan review and release of a launch), so tests see the refusals as a client does. */
@Path("/test/plan-reviews")
public class PlanReviewResource {

    public record Started(UUID id, String activeNode) {
    }

    public record Completion(String outcome, List<NodeOutput> outputs, Map<String, Object> content) {
    }

    public record Signature(WorkItemResult result, String comment) {
    }

    public record ItemView(String node, int round, String key, String state, String result, String department,
                           String person, Instant dueAt, String signedBy, String obligationKey, String origin) {
        static ItemView of(WorkItem i) {
            return new ItemView(i.nodeKey(), i.round(), i.itemKey(), i.state().name(),
                    i.result() == null ? null : i.result().name(), i.responsibleDepartment(), i.responsiblePerson(),
                    i.dueAt(), i.signedById(), i.obligationKey(), i.origin().name());
        }
    }

    private final ProcessEngine engine;
    private final ActorProvider actor;

    PlanReviewResource(ProcessEngine engine, ActorProvider actor) {
        this.engine = engine;
        this.actor = actor;
    }

    @POST
    @Transactional
    public Started start() {
        ProcessInstance instance = engine.start("plan-review", "XM-" + UUID.randomUUID().toString().substring(0, 8),
                Map.of(), actor.current(), Activation.DEFAULT);
        return started(instance);
    }

    @POST
    @Path("{id}/nodes/{node}/completion")
    @Transactional
    public Started complete(@PathParam("id") UUID id, @PathParam("node") String node, Completion completion) {
        ProcessInstance instance = engine.load(id);
        engine.complete(instance, node, completion.outcome(), completion.outputs(), actor.current(), null,
                Activation.DEFAULT, CompletionContent.of(completion.content() == null ? Map.of() : completion.content()));
        return started(instance);
    }

    @POST
    @Path("{id}/nodes/{node}/items/{item}/signature")
    @Transactional
    public ItemView sign(@PathParam("id") UUID id, @PathParam("node") String node, @PathParam("item") String item,
                         Signature signature) {
        return ItemView.of(engine.signWorkItem(engine.load(id), node, item, signature.result(), signature.comment(),
                actor.current()));
    }

    @POST
    @Path("{id}/nodes/{node}/items")
    @Transactional
    public ItemView add(@PathParam("id") UUID id, @PathParam("node") String node, WorkItemSpec spec) {
        return ItemView.of(engine.addWorkItem(engine.load(id), node, spec, actor.current()));
    }

    @GET
    @Path("{id}/items")
    @Transactional
    public List<ItemView> items(@PathParam("id") UUID id) {
        return engine.workItems(engine.load(id)).stream().map(ItemView::of).toList();
    }

    private static Started started(ProcessInstance instance) {
        return new Started(instance.id(), instance.activeNode().map(NodeInstance::nodeKey).orElse(instance.endState()));
    }
}
