package com.handbookflow.core.problem;

import com.handbookflow.core.paging.rest.PageParams;
import com.handbookflow.core.security.CurrentUser;
import com.handbookflow.core.time.DateBounds;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Endpoints of every kind of input a service reads, for the tests of what bad input gets. */
@Path("/test/bad-input")
public class BadInputResource {

    public enum Kind { CALL, VISIT }

    public record Form(String text, Instant at, LocalDate day, List<Kind> kinds, Integer count) {
    }

    private final CurrentUser user;

    BadInputResource(CurrentUser user) {
        this.user = user;
    }

    @POST
    @Path("/busy-database")
    public String busyDatabase() {
        throw new org.hibernate.exception.GenericJDBCException("Unable to acquire JDBC Connection",
                new java.sql.SQLException("Sorry, acquisition timeout!"));
    }

    @POST
    @Path("/forms")
    public Form form(Form form) {
        return form;
    }

    @GET
    @Path("/pages")
    public Map<String, Integer> page(@BeanParam PageParams paging) {
        return Map.of("offset", paging.validated().offset());
    }

    @GET
    @Path("/flags")
    public Map<String, Object> flag(@QueryParam("overdue") Boolean overdue) {
        return Map.of("overdue", String.valueOf(overdue));
    }

    @GET
    @Path("/names/{name}")
    public Map<String, String> name(@PathParam("name") String name) {
        return Map.of("name", name);
    }

    @GET
    @Path("/months/{month}")
    public Map<String, String> month(@PathParam("month") String month) {
        return Map.of("month", DateBounds.month("month", month).toString());
    }

    @GET
    @Path("/me")
    public Map<String, String> me() {
        return Map.of("id", user.id(), "name", user.name());
    }
}
