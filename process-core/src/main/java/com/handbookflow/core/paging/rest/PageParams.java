package com.handbookflow.core.paging.rest;

import com.handbookflow.core.paging.PageRequest;
import com.handbookflow.core.problem.InvalidInputException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import static com.handbookflow.core.paging.PageRequest.MAX_SIZE;

/**
 * The paging query parameters shared by every list endpoint ({@code @BeanParam PageParams paging}); a resource
 * passes {@link #validated()} on to its service.
 */
public class PageParams {

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "Page number, from 0 / 页码（从 0 开始）", example = "0")
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Parameter(description = "Page size, 1 to 100 / 每页条数（1-100）", example = "20")
    int size;

    /** Refuses a negative page, a size outside 1..100 or a page beyond any list with 400, before any query runs. */
    public PageRequest validated() {
        if (page < 0) {
            throw InvalidInputException.of(PageParams.class, "page", "invalid-input.page-negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInputException.of(PageParams.class, "size", "invalid-input.size-out-of-range", MAX_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            // The first row's number must fit the database's offset; no list is that long anyway.
            throw InvalidInputException.of(PageParams.class, "page", "invalid-input.page-too-far", Integer.MAX_VALUE / size,
                    size);
        }
        return new PageRequest(page, size);
    }
}
