package com.handbookflow.notification.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.HashMap;
import java.util.Map;

/**
 * Answers remembered for the rest of the current transaction, so a batch that records many notices asks the
 * database once per recipient or department instead of once per notice. Only answers that cannot change before the
 * transaction ends belong here (a row it holds locked, a read the batch may treat as one snapshot).
 */
@ApplicationScoped
public class PerTransaction {

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
}
