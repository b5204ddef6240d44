package com.handbookflow.core.calendar.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.handbookflow.core.calendar.CalendarFixtures;
import com.handbookflow.core.domain.DomainException;
import com.handbookflow.core.problem.ProblemMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The examples in the OpenAPI document are what the endpoint really answers for the shipped 2026 calendar. */
class CalendarApiExamplesTest {

    // Serialises like the Quarkus default ObjectMapper: ISO date-times, not timestamps.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private final CalendarResource resource = new CalendarResource(CalendarFixtures.calendar());

    @Test
    void the_national_day_example_is_the_real_answer() throws Exception {
        assertSameJson(CalendarApiExamples.DEADLINE_NATIONAL_DAY, resource.deadline("2026-09-30T09:00:00+08:00", "P3WD"));
    }

    @Test
    void the_wall_clock_example_is_the_real_answer() throws Exception {
        assertSameJson(CalendarApiExamples.DEADLINE_WALL_CLOCK, resource.deadline("2026-09-30T13:00:00Z", "PT24H"));
    }

    @Test
    void the_beyond_calendar_data_example_is_the_real_answer() throws Exception {
        assertSameJson(CalendarApiExamples.DEADLINE_BEYOND_DATA, resource.deadline("2026-12-30T09:00:00+08:00", "P5WD"));
    }

    @Test
    void the_days_example_is_the_real_answer() throws Exception {
        assertSameJson(CalendarApiExamples.DAYS_END_OF_NATIONAL_DAY, resource.days("2026-10-07", "2026-10-10"));
    }

    @Test
    void the_problem_examples_are_the_real_refusals() throws Exception {
        assertSameProblem(CalendarApiExamples.PROBLEM_UNKNOWN_LIMIT,
                () -> resource.deadline("2026-09-30T09:00:00+08:00", "P3X"));
        assertSameProblem(CalendarApiExamples.PROBLEM_MISSING_START, () -> resource.deadline(null, "P3WD"));
        assertSameProblem(CalendarApiExamples.PROBLEM_RANGE_TOO_LONG, () -> resource.days("2026-01-01", "2027-12-31"));
    }

    private static void assertSameJson(String example, Object actual) throws Exception {
        JsonNode real = JSON.valueToTree(actual);
        assertEquals(JSON.readTree(example), real, () -> "the example should be:\n" + pretty(real));
    }

    /**
     * The mapper fills {@code instance} from the request path, which a direct call does not have.
     * Problem also writes its {@code extensions} component (an empty object here) besides the flattened
     * members: that belongs to the problem package, not to these examples, so it is left out.
     */
    private static void assertSameProblem(String example, Executable call) throws Exception {
        DomainException refusal = assertThrows(DomainException.class, call);
        ObjectNode real = JSON.valueToTree(new ProblemMapper().problem(refusal, null).getEntity());
        real.remove("extensions");
        ObjectNode expected = (ObjectNode) JSON.readTree(example);
        expected.remove("instance");
        assertEquals(expected, real, () -> "the example should be (plus instance):\n" + pretty(real));
    }

    private static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
