package com.handbookflow.launch.service;

import com.handbookflow.core.domain.ObjectNotFoundException;
import com.handbookflow.launch.domain.Launch;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LaunchRepository implements PanacheRepositoryBase<Launch, UUID> {

    public Optional<Launch> findByNumber(String number) {
        return find("number", number).firstResultOptional();
    }

    /** The launch for an act, its row locked until the transaction ends: acts on one launch queue. */
    public Launch requireForAct(String number) {
        return find("number", number).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> new ObjectNotFoundException("Launch", number));
    }
}
