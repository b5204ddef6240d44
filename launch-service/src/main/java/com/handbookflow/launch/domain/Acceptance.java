package com.handbookflow.launch.domain;

import java.time.LocalDate;

/**
 * The user acceptance as handed in ({@code acceptedOn} may be left out: today); the recorded
 * {@link UatConfirmation} adds when it was recorded.
 */
public record Acceptance(String acceptedBy, String acceptingDepartment, LocalDate acceptedOn, String statement) {
}
