package com.handbookflow.notification.deadline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The open obligation of each source key a consumer batch touches, read once for the batch
 * ({@link ObligationTracker#lookUp}) instead of one query (and one auto-flush) per event:
 * those lookups were half of notification-service's CPU under load. The batch keeps it current as
 * it opens and closes rows, so a later event of the same batch sees what an earlier one did, in the
 * order the events came (per-instance order is the partition's). Valid for one transaction only.
 */
public final class OpenObligations {

    private final Map<String, Obligation> open = new HashMap<>();
    private final Map<String, Integer> lastCycle = new HashMap<>();
    private final Set<String> closedHere = new HashSet<>();

    /** An open row is its key's latest cycle. */
    void found(Obligation obligation) {
        open.put(obligation.sourceKey(), obligation);
        lastCycle.merge(obligation.sourceKey(), obligation.cycle(), Math::max);
    }

    Optional<Obligation> open(String sourceKey) {
        return Optional.ofNullable(open.get(sourceKey));
    }

    /** The next cycle of a key whose latest row the batch has seen; empty: ask the database. */
    OptionalInt nextCycle(String sourceKey) {
        Integer last = lastCycle.get(sourceKey);
        return last == null ? OptionalInt.empty() : OptionalInt.of(last + 1);
    }

    /** The latest cycle the database has of a key without an open row. */
    void lastCycleWas(String sourceKey, int cycle) {
        lastCycle.merge(sourceKey, cycle, Math::max);
    }

    /** A key the database has no row of: its first row is cycle 1 (a key already seen keeps its cycle). */
    void noCycleBefore(String sourceKey) {
        lastCycle.putIfAbsent(sourceKey, 0);
    }

    void opened(Obligation obligation) {
        found(obligation);
    }

    void closed(Obligation obligation) {
        open.remove(obligation.sourceKey(), obligation);
        closedHere.add(obligation.sourceKey());
    }

    /**
     * Whether this batch closed a row of the key: a new row of it must then wait for that update, since
     * Hibernate's flush writes inserts before updates and the open row's unique index would refuse it.
     */
    boolean closedInThisBatch(String sourceKey) {
        return closedHere.contains(sourceKey);
    }
}
