package com.handbookflow.core.security;

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
}
