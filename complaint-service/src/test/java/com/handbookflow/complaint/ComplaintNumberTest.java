package com.handbookflow.complaint;

import com.handbookflow.core.number.BusinessNumbers;
import com.handbookflow.core.number.NumberScheme;
import com.handbookflow.core.testing.MutableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.handbookflow.complaint.ComplaintFixtures.agent;
import static com.handbookflow.complaint.ComplaintFixtures.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
class ComplaintNumberTest {

    /** The complaint's numbering, as ComplaintService sets it up. */
    private static final NumberScheme COMPLAINTS = NumberScheme.perDay("complaint", "TS", "-", 4);

    @Inject
    MutableClock clock;

    @Inject
    BusinessNumbers numbers;

    @Test
    void a_registration_that_has_its_number_but_has_not_committed_does_not_hold_up_another() throws Exception {
        clock.setShanghai("2026-09-22T09:00");
        CountDownLatch numbered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // A registering transaction takes its number, then stays open (a slow registration).
            Future<String> slow = pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                String number = numbers.next(COMPLAINTS, LocalDate.parse("2026-09-22"));
                numbered.countDown();
                release.await(30, TimeUnit.SECONDS);
                return number;
            }));
            numbered.await(30, TimeUnit.SECONDS);

            String meanwhile = agent().body(form("LOGISTICS_DELAY", "GENERAL")).post("/api/v1/complaints")
                    .then().statusCode(201).extract().path("number");

            assertFalse(slow.isDone(), "the second registration committed while the first was still open");
            release.countDown();
            assertEquals("TS20260922-0001", slow.get(30, TimeUnit.SECONDS));
            assertEquals("TS20260922-0002", meanwhile);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void numbers_taken_at_the_same_time_are_distinct_and_leave_no_gap() throws Exception {
        LocalDate day = LocalDate.parse("2025-02-14"); // a day no other test registers on
        int callers = 8;
        int each = 25;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<List<String>>> taken = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                taken.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        mine.add(numbers.next(COMPLAINTS, day));
                    }
                    return mine;
                }));
            }
            start.countDown();
            Set<String> all = new TreeSet<>();
            for (Future<List<String>> f : taken) {
                all.addAll(f.get(60, TimeUnit.SECONDS));
            }
            Set<String> expected = new TreeSet<>();
            for (int n = 1; n <= callers * each; n++) {
                expected.add("TS20250214-%04d".formatted(n));
            }
            assertEquals(expected, all, "each number once, none skipped");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_registration_that_fails_leaves_a_gap_and_never_reuses_its_number() {
        clock.setShanghai("2026-09-23T09:00");
        agent().body(form("LOGISTICS_DELAY", "GENERAL")).post("/api/v1/complaints").then().statusCode(201);
        assertThrows(QuarkusTransactionException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            numbers.next(COMPLAINTS, LocalDate.parse("2026-09-23")); // taken by a registration that then rolls back
            QuarkusTransaction.setRollbackOnly();
        }));

        agent().body(form("LOGISTICS_DELAY", "GENERAL")).post("/api/v1/complaints").then().statusCode(201)
                .body("number", org.hamcrest.Matchers.equalTo("TS20260923-0003"));
    }
}
