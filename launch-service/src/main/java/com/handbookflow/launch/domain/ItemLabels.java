package com.handbookflow.launch.domain;

import com.handbookflow.core.engine.item.WorkItem;
import com.handbookflow.core.label.Labeled;
import com.handbookflow.core.label.LabeledValue;

/** The labels of the process's work items: a review row or launch duty of the handbook, or one added at run time. */
public final class ItemLabels {

    private ItemLabels() {
    }

    /** A row or duty of the handbook by its enumeration's labels; one added at run time by its own names. */
    public static <E extends Enum<E> & Labeled> LabeledValue label(Class<E> type, WorkItem item) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(item.itemKey())) {
                return LabeledValue.of(value);
            }
        }
        return new LabeledValue(item.itemKey(), item.nameZh(), item.nameEn());
    }
}
