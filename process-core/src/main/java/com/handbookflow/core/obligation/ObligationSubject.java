package com.handbookflow.core.obligation;

import com.handbookflow.core.engine.ProcessInstance;

import java.util.Map;
import java.util.UUID;

/**
 * Whose obligation it is: the process instance (its id is the Kafka key that keeps the obligation's
 * events in order), its business number and the facts a consumer needs.
 */
public record ObligationSubject(String processType, UUID instanceId, String businessNumber,
                                Map<String, Object> attributes) {

    /** An obligation of a running process (a customer update, an improvement measure, a task). */
    public static ObligationSubject of(ProcessInstance process) {
        return new ObligationSubject(process.processType(), process.id(), process.businessNumber(),
                process.attributes());
    }
}
