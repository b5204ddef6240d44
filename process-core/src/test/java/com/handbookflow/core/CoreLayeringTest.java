package com.handbookflow.core;

import com.handbookflow.core.idempotency.IdempotencyFilters;
import com.handbookflow.core.idempotency.IdempotencyKeys;
import com.handbookflow.core.problem.OversizedRequestHandler;
import com.handbookflow.core.problem.ProblemMapper;
import com.handbookflow.core.problem.StrictParameters;
import com.handbookflow.core.problem.UnreadableRequestFilter;
import com.handbookflow.core.testing.LayeringTest;

import java.util.List;

class CoreLayeringTest extends LayeringTest {

    @Override
    protected String basePackage() {
        return "com.handbookflow.core";
    }

    /** Idempotency (the filters and the stored responses they replay) and problem mapping. */
    @Override
    protected List<Class<?>> webFilters() {
        return List.of(IdempotencyFilters.class, IdempotencyKeys.class, ProblemMapper.class, StrictParameters.class,
                UnreadableRequestFilter.class, OversizedRequestHandler.class);
    }
}
