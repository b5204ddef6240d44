package com.handbookflow.complaint.service;

import com.handbookflow.complaint.domain.Complaint;
import com.handbookflow.core.problem.NotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ComplaintRepository implements PanacheRepositoryBase<Complaint, UUID> {

    public Optional<Complaint> findByNumber(String number) {
        return find("number", number).firstResultOptional();
    }

    public Complaint require(String number) {
        return findByNumber(number).orElseThrow(() -> new NotFoundException("Complaint", number));
    }
}
