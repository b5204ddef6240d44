package com.handbookflow.core.calendar;

import java.time.LocalDate;

/** A date of a calendar file with its Chinese and English name, e.g. 2026-10-01 国庆节 National Day. */
public record NamedDay(LocalDate date, String nameZh, String nameEn) {
}
