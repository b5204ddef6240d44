package com.handbookflow.core.sql;

import com.handbookflow.core.time.SqlInstants;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One row of a native query read by column name, not by position: the query is created with
 * {@code Tuple.class} and names each column it selects ({@code count(*) as total}). The conversions a
 * driver or mapping makes necessary (numbers of any width, timestamptz as Instant, OffsetDateTime or
 * Timestamp) live here once.
 */
public final class SqlRow {

    private final Tuple tuple;

    private SqlRow(Tuple tuple) {
        this.tuple = tuple;
    }

    /** The rows of a query created with {@code entityManager.createNativeQuery(sql, Tuple.class)}. */
    @SuppressWarnings("unchecked")
    public static List<SqlRow> list(Query tupleQuery) {
        return ((List<Tuple>) tupleQuery.getResultList()).stream().map(SqlRow::new).toList();
    }

    /** The one row of such a query (an aggregate without {@code group by}). */
    public static SqlRow single(Query tupleQuery) {
        return new SqlRow((Tuple) tupleQuery.getSingleResult());
    }

    public Object value(String column) {
        return tuple.get(column);
    }

    public String string(String column) {
        Object value = value(column);
        return value == null ? null : value.toString();
    }

    /** A count or sum: {@code 0} when the column is null (a sum over no rows). */
    public long count(String column) {
        Number value = (Number) value(column);
        return value == null ? 0 : value.longValue();
    }

    public Integer integer(String column) {
        Number value = (Number) value(column);
        return value == null ? null : value.intValue();
    }

    public Double decimal(String column) {
        Number value = (Number) value(column);
        return value == null ? null : value.doubleValue();
    }

    public Boolean bool(String column) {
        return (Boolean) value(column);
    }

    public UUID uuid(String column) {
        return (UUID) value(column);
    }

    public Instant instant(String column) {
        return SqlInstants.toInstant(value(column));
    }

    public LocalDate date(String column) {
        Object value = value(column);
        return value == null ? null : value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }
}
