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
            throw new InvalidInputException("page", "must be 0 or more", "必须大于或等于 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE, "必须在 1 到 " + MAX_SIZE + " 之间");
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            // The first row's number must fit the database's offset; no list is that long anyway.
            throw new InvalidInputException("page", "must be at most " + Integer.MAX_VALUE / size + " with size " + size,
                    "每页 " + size + " 条时页码不能超过 " + Integer.MAX_VALUE / size);
        }
        return new PageRequest(page, size);
    }
}
