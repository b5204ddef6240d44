package com.handbookflow.notification.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * Where deliveries go: an OA system's receiving URL (webhook) or a {@code mailto:} address (e-mail), for one
 * department or (department null) for all notices (table {@code webhook_endpoint}, served as the REST {@code Webhook}).
 */
@Entity
@Table(name = "webhook_endpoint")
public class Endpoint {

    @Id
    private UUID id;
    private String department;
    private String url;
    private String secret;
    private boolean enabled;
    @Column(name = "created_at")
    private Instant createdAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode")
    private DeliveryMode deliveryMode;

    protected Endpoint() {
    }

    public Endpoint(String department, String url, String secret, DeliveryMode deliveryMode, Instant now) {
        this.deliveryMode = deliveryMode;
        this.id = UUID.randomUUID();
        this.department = department;
        this.url = url;
        this.secret = secret;
        this.enabled = true;
        this.createdAt = now;
    }

    public boolean wants(String noticeDepartment) {
        return enabled && (department == null || department.equals(noticeDepartment));
    }

    /** A {@code mailto:} endpoint is delivered by e-mail instead of an HTTP POST. */
    public boolean isEmail() {
        return url.startsWith("mailto:");
    }

    public String emailAddress() {
        return url.substring("mailto:".length());
    }

    public UUID id() { return id; }
    public String department() { return department; }
    public String url() { return url; }
    public String secret() { return secret; }
    public boolean enabled() { return enabled; }
    public Instant createdAt() { return createdAt; }
    public DeliveryMode deliveryMode() { return deliveryMode; }
}
