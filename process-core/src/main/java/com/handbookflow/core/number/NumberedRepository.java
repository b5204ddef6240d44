package com.handbookflow.core.number;

import com.handbookflow.core.domain.ObjectNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.LockModeType;

import java.util.Optional;
import java.util.UUID;

/**
 * The repository of an aggregate a person names by its business number ({@code TS20260930-0001},
 * {@code SX2026-0001}, {@code PRJ2026001}): found by it for a read, or locked by it for an act.
 */
public interface NumberedRepository<T> extends PanacheRepositoryBase<T, UUID> {

    /** What a person calls one, as the not-found refusal names it (e.g. {@code Complaint}). */
    String noun();

    default Optional<T> findByNumber(String number) {
        return find("number", number).firstResultOptional();
    }

    /**
     * The aggregate for an act, its row locked until the transaction ends: acts on one aggregate queue, so the
     * later one sees where the first left the process and is refused with a 409 (without the lock, two moves both
     * insert the next node and the loser fails on a unique key).
     */
    default T requireForAct(String number) {
        return find("number", number).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> new ObjectNotFoundException(noun(), number));
    }
}
