package com.handbookflow.notification.inbox;

import com.handbookflow.core.label.Texts;
import com.handbookflow.core.paging.PageRequest;
import com.handbookflow.core.paging.PageView;
import com.handbookflow.core.domain.InvalidValueException;
import com.handbookflow.core.domain.ObjectNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/** The inbox: notices per recipient or department, newest first. */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;
    private final Clock clock;

    Inbox(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<InboxNotice> list(String recipient, String department, boolean unreadOnly, PageRequest paging) {
        if (recipient == null && department == null) {
            Texts texts = Texts.of(Inbox.class);
            throw new InvalidValueException("recipient", texts.en("field.recipient.required"),
                    texts.zh("field.recipient.required"));
        }
        String where = " where 1 = 1"
                + (recipient != null ? " and n.recipientPerson = :recipient" : "")
                + (department != null ? " and n.recipientDepartment = :department" : "")
                + (unreadOnly ? " and n.readAt is null" : "");
        TypedQuery<InboxNotice> page = entityManager.createQuery("from InboxNotice n" + where
                + " order by n.createdAt desc, n.id", InboxNotice.class);
        TypedQuery<Long> count = entityManager.createQuery("select count(n) from InboxNotice n" + where, Long.class);
        if (recipient != null) {
            page.setParameter("recipient", recipient);
            count.setParameter("recipient", recipient);
        }
        if (department != null) {
            page.setParameter("department", department);
            count.setParameter("department", department);
        }
        return PageView.of(page.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList(), paging,
                count.getSingleResult());
    }

    /** One notice; one addressed to somebody else is "not found" for this reader. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InboxNotice find(UUID id, java.util.function.BiPredicate<String, String> mayRead) {
        InboxNotice notice = entityManager.find(InboxNotice.class, id);
        if (notice == null || !mayRead.test(notice.recipientPerson(), notice.recipientDepartment())) {
            throw new ObjectNotFoundException("Notification", id);
        }
        return notice;
    }

    @Transactional
    /** Marks a notice read; one addressed to somebody else is "not found" for this reader. */
    public InboxNotice markRead(UUID id, java.util.function.BiPredicate<String, String> mayRead) {
        InboxNotice notice = entityManager.find(InboxNotice.class, id);
        if (notice == null || !mayRead.test(notice.recipientPerson(), notice.recipientDepartment())) {
            throw new ObjectNotFoundException("Notification", id);
        }
        notice.markRead(clock.instant());
        return notice;
    }
}
