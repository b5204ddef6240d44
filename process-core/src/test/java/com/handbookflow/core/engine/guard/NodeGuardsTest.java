package com.handbookflow.core.engine.guard;

import com.handbookflow.core.engine.definition.NodeDefinition;
import com.handbookflow.core.engine.definition.ProcessDefinition;
import com.handbookflow.core.engine.definition.TransitionDefinition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Guards are found by name; a definition naming one nobody registered cannot be used. */
class NodeGuardsTest {

    private static final NodeGuard ROLLBACK_PLAN = guard("emergency-plan-ready");

    @Test
    void a_definition_naming_an_unregistered_guard_is_refused_naming_it() {
        NodeGuards guards = NodeGuards.of(List.of(ROLLBACK_PLAN));
        ProcessDefinition launch = definition(List.of("emergency-plan-ready", "data-migrated"));

        assertEquals(Set.of("data-migrated"), guards.unknownIn(launch));
        String problem = guards.problemWith(launch).orElseThrow();
        assertTrue(problem.contains("data-migrated"), problem);
    }

    @Test
    void a_definition_with_registered_guards_is_sound() {
        NodeGuards guards = NodeGuards.of(List.of(ROLLBACK_PLAN));

        assertEquals(Set.of(), guards.unknownIn(definition(List.of("emergency-plan-ready"))));
        assertTrue(guards.problemWith(definition(List.of("emergency-plan-ready"))).isEmpty());
        assertEquals(Set.of("emergency-plan-ready"), definition(List.of("emergency-plan-ready")).guardNames());
    }

    @Test
    void two_guards_cannot_share_a_name() {
        assertThrows(IllegalStateException.class, () -> NodeGuards.of(List.of(ROLLBACK_PLAN, guard("emergency-plan-ready"))));
    }

    @Test
    void a_guard_reads_the_content_given_with_the_completion() {
        GuardContext context = new GuardContext(null, null, "released", List.of(),
                Map.of("emergencyPlan", Map.of("rollbackSteps", List.of("switch back"))), null);

        assertEquals(Optional.empty(), ROLLBACK_PLAN.check(context));
        assertTrue(ROLLBACK_PLAN.check(new GuardContext(null, null, "released", null, null, null)).isPresent());
    }

    @Test
    void a_refusal_that_names_its_problem_keeps_its_type_and_fields_when_it_is_the_only_one() {
        GuardRefusal named = GuardRefusal.named("release-refused", "Release refused", "不能发布",
                "no rollback steps", "缺少回滚步骤",
                List.of(new com.handbookflow.core.domain.FieldError("launchPlan.emergencyPlan.rollbackSteps",
                        "missing")));

        GuardRefusedException alone = new GuardRefusedException("RELEASE", Map.of("emergency-plan-ready", named));
        assertEquals("release-refused", alone.type());
        assertEquals("launchPlan.emergencyPlan.rollbackSteps", alone.errors().get(0).field());
        assertEquals(List.of("emergency-plan-ready"), alone.extensions().get("refusedBy"));

        Map<String, GuardRefusal> two = new java.util.LinkedHashMap<>();
        two.put("emergency-plan-ready", named);
        two.put("data-migrated", new GuardRefusal("data not migrated", "数据未迁移"));
        GuardRefusedException both = new GuardRefusedException("RELEASE", two);
        assertEquals("guard-refused", both.type());
    }

    private static NodeGuard guard(String name) {
        return new NodeGuard() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<GuardRefusal> check(GuardContext context) {
                return context.content("emergencyPlan").isPresent() ? Optional.empty()
                        : Optional.of(new GuardRefusal("no emergency plan", "缺少应急预案"));
            }
        };
    }

    private static ProcessDefinition definition(List<String> guards) {
        NodeDefinition release = new NodeDefinition("RELEASE", "上线发布", "Release", "technology", List.of(), "P3WD",
                null, List.of(), List.of(new TransitionDefinition("released", "LIVE", "已发布", "Released")),
                List.of(), null, guards);
        return new ProcessDefinition("launch-test", "上线", "Launch", List.of(release),
                List.of(new com.handbookflow.core.engine.definition.EndStateDefinition("LIVE", "已上线", "Live")));
    }
}
