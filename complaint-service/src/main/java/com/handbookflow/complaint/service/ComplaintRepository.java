package com.handbookflow.complaint.service;

import com.handbookflow.complaint.domain.Complaint;
import com.handbookflow.core.domain.ObjectNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ComplaintRepository implements PanacheRepositoryBase<Complaint, UUID> {

    public Optional<Complaint> findByNumber(String number) {
        return find("number", number).firstResultOptional();
    }

    /**
     * The complaint for an act, its row locked until the transaction ends: acts on one complaint
     * queue, so the later one sees where the first left the process and is refused with a 409
     * (without the lock, two moves both insert the next node and the loser fails on a unique key).
     */
    public Complaint requireForAct(String number) {
        return find("number", number).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> new ObjectNotFoundException("Complaint", number));
    }

    /**
     * Whether the same contact (ignoring case, spaces and dashes: 138-0013-8000 is 13800138000) complained
     * between {@code since} and the receipt of {@code complaint}.
     */
    public boolean sameContactComplainedSince(Complaint complaint, Instant since) {
        Number found = (Number) getEntityManager().createNativeQuery("""
                        select count(*) from complaint
                        where regexp_replace(lower(contact), '[[:space:]-]', '', 'g')
                              = regexp_replace(lower(:contact), '[[:space:]-]', '', 'g')
                          and received_at >= :since and received_at <= :receivedAt and id <> :id""")
                .setParameter("contact", complaint.form().contact())
                .setParameter("since", since)
                .setParameter("receivedAt", complaint.receivedAt())
                .setParameter("id", complaint.id())
                .getSingleResult();
        return found.longValue() > 0;
    }
}
