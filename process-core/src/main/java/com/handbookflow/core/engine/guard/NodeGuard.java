package com.handbookflow.core.engine.guard;

import java.util.Optional;

/**
 * A rule on the content of a node's outputs that must hold before the node completes, e.g. "the
 * launch plan has an emergency plan with rollback steps and user compensation". A scenario
 * registers one as a CDI bean; a node names it in its definition ({@code "guards": ["emergency-plan-ready"]}).
 */
public interface NodeGuard {

    /** The name definitions use; unique among the registered guards. */
    String name();

    /** Empty when the rule holds; otherwise why not, in English and Chinese. */
    Optional<GuardRefusal> check(GuardContext context);
}
