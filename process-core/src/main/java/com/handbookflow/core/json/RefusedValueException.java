package com.handbookflow.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A value that reads but that the product refuses (a NUL in text, a date in year -1), with the reason in two languages. */
public class RefusedValueException extends InvalidFormatException {

    private final String reason;
    private final String reasonZh;

    public RefusedValueException(JsonParser parser, String reason, String reasonZh, Class<?> type) {
        super(parser, reason, null, type);
        this.reason = reason;
        this.reasonZh = reasonZh;
    }

    public String reason() {
        return reason;
    }

    public String reasonZh() {
        return reasonZh;
    }
}
