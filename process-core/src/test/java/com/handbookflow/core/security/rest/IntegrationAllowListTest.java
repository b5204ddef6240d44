package com.handbookflow.core.security.rest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntegrationAllowListTest {

    @Test
    void an_exact_entry_allows_that_method_and_path_only() {
        assertTrue(IntegrationAllowList.matches("POST /api/v1/complaints", "POST", "/api/v1/complaints"));
        assertFalse(IntegrationAllowList.matches("POST /api/v1/complaints", "POST", "/api/v1/complaints/TS1/closure"));
        assertFalse(IntegrationAllowList.matches("POST /api/v1/complaints", "GET", "/api/v1/complaints"));
    }

    @Test
    void an_entry_ending_in_two_stars_allows_everything_below_the_path() {
        assertTrue(IntegrationAllowList.matches("GET /api/v1/complaints/**", "GET", "/api/v1/complaints/TS1"));
        assertTrue(IntegrationAllowList.matches("GET /api/v1/complaints/**", "GET", "/api/v1/complaints"));
        assertFalse(IntegrationAllowList.matches("GET /api/v1/complaints/**", "GET", "/api/v1/complaintsx"));
    }

    @Test
    void a_star_segment_stands_for_any_one_segment_and_nothing_more() {
        String upload = "POST /api/v1/complaints/*/attachments";
        assertTrue(IntegrationAllowList.matches(upload, "POST", "/api/v1/complaints/TS20260930-0001/attachments"));
        assertFalse(IntegrationAllowList.matches(upload, "POST", "/api/v1/complaints/TS1/closure"));
        assertFalse(IntegrationAllowList.matches(upload, "POST", "/api/v1/complaints/TS1/attachments/extra"));
        assertFalse(IntegrationAllowList.matches(upload, "POST", "/api/v1/complaints//attachments"));
        assertFalse(IntegrationAllowList.matches(upload, "DELETE", "/api/v1/complaints/TS1/attachments"));
    }
}
