package com.handbookflow.notification.inbox;

import java.util.List;

/**
 * In-process only, never published: fired by {@link NoticeRecorder} once per transaction that recorded notices,
 * after it committed, with each {@link NoticeRecorded} of that transaction in order. What counts notices (metrics)
 * observes this instead of {@code NoticeRecorded} after success: one callback per transaction, not one per notice.
 */
public record NoticesCommitted(List<NoticeRecorded> recorded) {
}
