package com.handbookflow.notification.delivery;

import com.handbookflow.core.domain.InvalidValueException;
import com.handbookflow.core.domain.StateConflictException;
import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.label.Texts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.handbookflow.core.domain.ObjectNotFoundException;
import com.handbookflow.core.paging.PageRequest;
import com.handbookflow.core.paging.PageView;
import com.handbookflow.core.tracing.TraceContext;
import com.handbookflow.notification.digest.DigestPurpose;
import com.handbookflow.notification.digest.DigestRecorded;
import com.handbookflow.notification.inbox.NoticeRecorded;
import com.handbookflow.notification.inbox.PerTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The push channels' registry and queue: endpoints (webhook or e-mail) and the deliveries queued for them, in
 * the transaction that records each notice or digest; {@link DeliveryDispatcher} sends them.
 */
@ApplicationScoped
public class DeliveryChannels {

    private static final Texts TEXTS = Texts.of(DeliveryChannels.class);

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;
    private final PerTransaction perTransaction;

    DeliveryChannels(EntityManager entityManager, ObjectMapper json, Clock clock, PerTransaction perTransaction) {
        this.entityManager = entityManager;
        this.perTransaction = perTransaction;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Queues the notice for every endpoint that wants it; sending happens later, retried, de-duplicated by key.
     * A notice that went out at once reaches every endpoint; one in a digest reaches only the endpoints that
     * take one message per notice (the others get the digest), at once, or when its quiet-hours hold ends.
     */
    void queue(@Observes NoticeRecorded recorded) {
        List<Endpoint> endpoints = endpointsFor(recorded.notice().recipientDepartment()).stream()
                .filter(e -> recorded.atOnce() || e.deliveryMode() == DeliveryMode.EACH).toList();
        if (endpoints.isEmpty()) {
            return;
        }
        Instant firstAttempt = !recorded.atOnce() && recorded.route().purpose() == DigestPurpose.QUIET_HOURS
                ? recorded.route().sendAt() : recorded.recordedAt();
        String body = toJson(recorded.event());
        for (Endpoint endpoint : endpoints) {
            entityManager.persist(new Delivery(endpoint.id(), recorded.notice().idempotencyKey(),
                    recorded.event().type(), body, recorded.recordedAt(), firstAttempt).tracedBy(TraceContext.current()));
        }
    }

    /** Queues a digest for every endpoint that takes digests; its key is the digest's, so it is sent once. */
    void queue(@Observes DigestRecorded recorded) {
        List<Endpoint> endpoints = endpointsFor(recorded.digest().recipientDepartment()).stream()
                .filter(e -> e.deliveryMode() == DeliveryMode.DIGEST).toList();
        if (endpoints.isEmpty()) {
            return;
        }
        String body = toJson(recorded.event());
        for (Endpoint endpoint : endpoints) {
            entityManager.persist(new Delivery(endpoint.id(), recorded.event().idempotencyKey(),
                    recorded.event().type(), body, recorded.recordedAt()).tracedBy(TraceContext.current()));
        }
    }

    /** The enabled endpoints for a department, read once per transaction (a batch of notices shares one answer). */
    private List<Endpoint> endpointsFor(String department) {
        Map<String, List<Endpoint>> known = perTransaction.map("endpoints by department");
        return known.computeIfAbsent(department, d -> entityManager.createQuery(
                        "from Endpoint e where e.enabled = true and (e.department is null or e.department = :d)",
                        Endpoint.class)
                .setParameter("d", department)
                .getResultList());
    }

    @Transactional
    public Endpoint register(String department, String url, String secret, DeliveryMode deliveryMode) {
        boolean email = url.startsWith("mailto:");
        if (!email && (secret == null || secret.isBlank())) {
            throw new InvalidValueException("secret",
                    TEXTS.en("field.secret.required"), TEXTS.zh("field.secret.required"));
        }
        Endpoint endpoint = new Endpoint(department, url, email ? "-" : secret, deliveryMode, clock.instant());
        entityManager.persist(endpoint);
        return endpoint;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Endpoint> endpoints() {
        return entityManager.createQuery("from Endpoint order by createdAt", Endpoint.class).getResultList();
    }

    @Transactional
    public void remove(UUID id) {
        entityManager.remove(endpoint(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<Delivery> deliveries(DeliveryState state, PageRequest paging) {
        String where = state == null ? "" : " where d.state = :state";
        var page = entityManager.createQuery("from Delivery d" + where + " order by d.createdAt desc, d.id",
                Delivery.class);
        var count = entityManager.createQuery("select count(d) from Delivery d" + where, Long.class);
        if (state != null) {
            page.setParameter("state", state);
            count.setParameter("state", state);
        }
        return PageView.of(page.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList(), paging,
                count.getSingleResult());
    }

    /** Sends a dead letter again. */
    @Transactional
    public Delivery retry(UUID deliveryId) {
        Delivery delivery = entityManager.find(Delivery.class, deliveryId);
        if (delivery == null) {
            throw new ObjectNotFoundException("Webhook delivery", deliveryId);
        }
        if (delivery.state() != DeliveryState.DEAD) {
            // the detail's arguments: the state's code for the English text (%2$s), its label for the Chinese (%3$s)
            throw new StateConflictException(ProblemText.of(DeliveryChannels.class, "delivery-not-dead", deliveryId,
                    delivery.state(), delivery.state().zh()));
        }
        delivery.retry(clock.instant());
        return delivery;
    }

    Endpoint endpoint(UUID id) {
        Endpoint endpoint = entityManager.find(Endpoint.class, id);
        if (endpoint == null) {
            throw new ObjectNotFoundException("Webhook", id);
        }
        return endpoint;
    }

    private String toJson(Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notice cannot be written as JSON", e);
        }
    }
}
