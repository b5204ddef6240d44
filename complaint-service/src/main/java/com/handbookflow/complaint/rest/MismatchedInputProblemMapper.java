package com.handbookflow.complaint.rest;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.handbookflow.core.problem.ProblemMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Quarkus REST's own mapper for {@link MismatchedInputException} (an unknown enum value such as
 * {@code "channel": "FAX"}) is more specific than the shared {@link ProblemMapper}'s and answers
 * plain JSON; this one hands it back to the shared mapper so it is a problem+json naming the field.
 * Belongs in process-core; kept here until the lead moves it.
 */
public class MismatchedInputProblemMapper {

    private final ProblemMapper problems = new ProblemMapper();

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return problems.malformedJson(e, uri);
    }
}
