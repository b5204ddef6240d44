package com.handbookflow.launch.domain;

import java.time.Instant;
import java.time.LocalDate;

/** 《用户验收确认函》: the business side accepts what was built. */
public record UatConfirmation(String acceptedBy, String acceptingDepartment, LocalDate acceptedOn, String statement,
                              Instant at) {
}
