package com.handbookflow.core.paging;

/**
 * One page of a list: {@code page} from 0, {@code size} up to {@link #MAX_SIZE}, so no query reads an unbounded
 * list. The REST layer reads it from the query ({@link com.handbookflow.core.paging.rest.PageParams}) and checks it
 * there; services take it as it is.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;

    /** The number of the page's first row. */
    public int offset() {
        return page * size;
    }
}
