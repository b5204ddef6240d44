package com.handbookflow.project.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * 《项目组架构表》: exactly one project leader, the head of the initiating department (避免"多头管理"),
 * and one contact person (接口人) per participating department.
 */
public record Team(Member leader, List<Contact> contacts, Instant setAt) {

    public Team {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    public Optional<Contact> contactOf(String department) {
        return contacts.stream().filter(c -> c.department().equals(department)).findFirst();
    }

    public record Member(String userId, String name) {
    }

    public record Contact(String department, String userId, String name) {
    }
}
