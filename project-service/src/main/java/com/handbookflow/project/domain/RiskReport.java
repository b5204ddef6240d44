package com.handbookflow.project.domain;

import java.time.LocalDate;

/** A risk as a department reports it (a row of table 6); the registered risk adds its number, due instant and who raised it. */
public record RiskReport(String description, RiskLevel level, String impact, String department, String measures,
                         LocalDate warningDate, LocalDate resolveBy) {
}
