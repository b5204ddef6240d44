package com.handbookflow.notification.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Answers remembered for the rest of the current transaction, so a batch that records many notices asks the
 * database once per recipient or department instead of once per notice. Only answers that cannot change before the
 * transaction ends belong here (a row it holds locked, a read the batch may treat as one snapshot).
 */
@ApplicationScoped
public class PerTransaction {

    private static final Logger LOG = Logger.getLogger(PerTransaction.class);

    private final TransactionSynchronizationRegistry transactions;

    PerTransaction(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** The current transaction's map under {@code name}: empty when the transaction first asks for it. */
    @SuppressWarnings("unchecked")
    public <K, V> Map<K, V> map(String name) {
        String key = PerTransaction.class.getName() + "/" + name;
        Map<K, V> map = (Map<K, V>) transactions.getResource(key);
        if (map == null) {
            map = new HashMap<>();
            transactions.putResource(key, map);
        }
        return map;
    }

    /**
     * The current transaction's list under {@code name}, handed to {@code then} once the transaction has committed
     * (not when it rolls back): one callback per transaction, however many items its batches add. When the
     * transaction first asks, the list is empty and the callback is registered; later asks return the same list.
     * A failing callback is logged: the transaction has committed, nothing can undo it.
     */
    @SuppressWarnings("unchecked")
    public <T> List<T> afterCommit(String name, Consumer<List<T>> then) {
        String key = PerTransaction.class.getName() + "/after-commit/" + name;
        List<T> list = (List<T>) transactions.getResource(key);
        if (list == null) {
            List<T> items = new ArrayList<>();
            transactions.putResource(key, items);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != Status.STATUS_COMMITTED) {
                        return;
                    }
                    try {
                        then.accept(items);
                    } catch (RuntimeException e) {
                        LOG.warnf(e, "after the commit of %d %s", items.size(), name);
                    }
                }
            });
            list = items;
        }
        return list;
    }
}
