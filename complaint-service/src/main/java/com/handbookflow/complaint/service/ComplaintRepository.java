package com.handbookflow.complaint.service;

import com.handbookflow.complaint.domain.Complaint;
import com.handbookflow.core.number.NumberedRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

@ApplicationScoped
public class ComplaintRepository implements NumberedRepository<Complaint> {

    @Override
    public String noun() {
        return "Complaint";
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
