package com.handbookflow.core.time;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.sql.Timestamp;

/** A timestamptz read by a native query arrives as Instant, OffsetDateTime or Timestamp, by driver and mapping. */
public final class SqlInstants {

    private SqlInstants() {
    }

    public static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
