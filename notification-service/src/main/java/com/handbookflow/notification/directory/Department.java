package com.handbookflow.notification.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A department of the directory: who heads it, who is the leader in charge, how to reach it. */
@Entity
@Table(name = "department")
public class Department {

    @Id
    private String code;
    @Column(name = "name_zh")
    private String nameZh;
    @Column(name = "name_en")
    private String nameEn;
    private String head;
    @Column(name = "leader_in_charge")
    private String leaderInCharge;
    private String email;
    private String phone;
    @Column(name = "changed_at")
    private Instant changedAt;

    protected Department() {
    }

    public Department(String code) {
        this.code = code;
    }

    public void describe(String nameZh, String nameEn, String head, String leaderInCharge, String email, String phone,
                         Instant now) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.head = head;
        this.leaderInCharge = leaderInCharge;
        this.email = email;
        this.phone = phone;
        this.changedAt = now;
    }

    public String code() { return code; }
    public String nameZh() { return nameZh; }
    public String nameEn() { return nameEn; }
    public String head() { return head; }
    public String leaderInCharge() { return leaderInCharge; }
    public String email() { return email; }
    public String phone() { return phone; }
    public Instant changedAt() { return changedAt; }
}
