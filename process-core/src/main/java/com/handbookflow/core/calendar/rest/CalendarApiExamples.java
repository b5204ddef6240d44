package com.handbookflow.core.calendar.rest;

/**
 * The examples of the calendar's OpenAPI document: real answers of the shipped 2026 calendar.
 * CalendarApiExamplesTest fails when one no longer matches what the code answers.
 */
final class CalendarApiExamples {

    private CalendarApiExamples() {
    }

    static final String DEADLINE_NATIONAL_DAY = """
            {"start": "2026-09-30T01:00:00Z", "startLocal": "2026-09-30T09:00:00+08:00", "limit": "P3WD",
             "dueAt": "2026-10-10T10:00:00Z", "dueAtLocal": "2026-10-10T18:00:00+08:00",
             "calendarVersion": "CN-2026.1", "calendarCoverage": "COVERED", "zone": "Asia/Shanghai",
             "workingDaysCounted": 3, "workingDays": ["2026-10-08", "2026-10-09", "2026-10-10"],
             "skippedDays": [
                {"date": "2026-10-01", "reason": "HOLIDAY", "reasonZh": "节假日", "nameZh": "国庆节", "nameEn": "National Day"},
                {"date": "2026-10-02", "reason": "HOLIDAY", "reasonZh": "节假日", "nameZh": "国庆节", "nameEn": "National Day"},
                {"date": "2026-10-03", "reason": "HOLIDAY", "reasonZh": "节假日", "nameZh": "国庆节", "nameEn": "National Day"},
                {"date": "2026-10-04", "reason": "HOLIDAY", "reasonZh": "节假日", "nameZh": "国庆节", "nameEn": "National Day"},
                {"date": "2026-10-05", "reason": "HOLIDAY", "reasonZh": "节假日", "nameZh": "国庆节", "nameEn": "National Day"},
                {"date": "2026-10-06", "reason": "HOLIDAY", "reasonZh": "节假日", "nameZh": "国庆节", "nameEn": "National Day"},
                {"date": "2026-10-07", "reason": "HOLIDAY", "reasonZh": "节假日", "nameZh": "国庆节", "nameEn": "National Day"}],
             "makeUpWorkingDays": [
                {"date": "2026-10-10", "dayOfWeek": "SATURDAY", "kind": "MAKE_UP_WORKING_DAY", "kindZh": "调休上班日",
                 "working": true, "nameZh": "国庆节调休上班", "nameEn": "National Day make-up working day"}],
             "warnings": []}
            """;

    static final String DEADLINE_WALL_CLOCK = """
            {"start": "2026-09-30T13:00:00Z", "startLocal": "2026-09-30T21:00:00+08:00", "limit": "PT24H",
             "dueAt": "2026-10-01T13:00:00Z", "dueAtLocal": "2026-10-01T21:00:00+08:00",
             "calendarVersion": "CN-2026.1", "calendarCoverage": "NOT_NEEDED", "zone": "Asia/Shanghai",
             "workingDaysCounted": 0, "workingDays": [], "skippedDays": [], "makeUpWorkingDays": [], "warnings": []}
            """;

    static final String DEADLINE_BEYOND_DATA = """
            {"start": "2026-12-30T01:00:00Z", "startLocal": "2026-12-30T09:00:00+08:00", "limit": "P5WD",
             "dueAt": "2027-01-06T10:00:00Z", "dueAtLocal": "2027-01-06T18:00:00+08:00",
             "calendarVersion": "CN-2026.1", "calendarCoverage": "ASSUMED_WEEKDAYS", "zone": "Asia/Shanghai",
             "workingDaysCounted": 5,
             "workingDays": ["2026-12-31", "2027-01-01", "2027-01-04", "2027-01-05", "2027-01-06"],
             "skippedDays": [
                {"date": "2027-01-02", "reason": "WEEKEND", "reasonZh": "周末"},
                {"date": "2027-01-03", "reason": "WEEKEND", "reasonZh": "周末"}],
             "makeUpWorkingDays": [],
             "warnings": ["Calendar CN-2026.1 has no data for 2027: only weekends are known there; public holidays and make-up working days of 2027 are not applied. / 日历 CN-2026.1 缺少 2027 年的数据：该年仅按周末判断，未计入法定节假日和调休上班日。"]}
            """;

    static final String PROBLEM_UNKNOWN_LIMIT = """
            {"type": "https://handbookflow.com/problems/invalid-input", "title": "Invalid input", "status": 400,
             "detail": "limit: unknown limit spec 'P3X'; use PT10M, PT24H or PT1H30M (wall clock), P2D (calendar days) or P3WD (working days)",
             "instance": "/api/v1/calendar/deadline", "titleZh": "输入无效",
             "detailZh": "limit：无法识别的时限 'P3X'：请使用 PT10M、PT24H、PT1H30M（自然时间）、P2D（自然日）或 P3WD（工作日）",
             "errors": [{"field": "limit", "message": "unknown limit spec 'P3X'; use PT10M, PT24H or PT1H30M (wall clock), P2D (calendar days) or P3WD (working days)"}]}
            """;

    static final String PROBLEM_MISSING_START = """
            {"type": "https://handbookflow.com/problems/invalid-input", "title": "Invalid input", "status": 400,
             "detail": "start: a start is required: an ISO-8601 instant or offset date-time, e.g. 2026-09-30T09:00:00+08:00",
             "instance": "/api/v1/calendar/deadline", "titleZh": "输入无效",
             "detailZh": "start：缺少起算时间：请使用 ISO-8601 时刻或带时区偏移的日期时间，例如 2026-09-30T09:00:00+08:00",
             "errors": [{"field": "start", "message": "a start is required: an ISO-8601 instant or offset date-time, e.g. 2026-09-30T09:00:00+08:00"}]}
            """;

    static final String DAYS_END_OF_NATIONAL_DAY = """
            {"from": "2026-10-07", "to": "2026-10-10", "calendarVersion": "CN-2026.1", "zone": "Asia/Shanghai",
             "days": [
                {"date": "2026-10-07", "dayOfWeek": "WEDNESDAY", "kind": "HOLIDAY", "kindZh": "节假日", "working": false,
                 "nameZh": "国庆节", "nameEn": "National Day"},
                {"date": "2026-10-08", "dayOfWeek": "THURSDAY", "kind": "WORKING", "kindZh": "工作日", "working": true},
                {"date": "2026-10-09", "dayOfWeek": "FRIDAY", "kind": "WORKING", "kindZh": "工作日", "working": true},
                {"date": "2026-10-10", "dayOfWeek": "SATURDAY", "kind": "MAKE_UP_WORKING_DAY", "kindZh": "调休上班日",
                 "working": true, "nameZh": "国庆节调休上班", "nameEn": "National Day make-up working day"}],
             "warnings": []}
            """;

    static final String PROBLEM_RANGE_TOO_LONG = """
            {"type": "https://handbookflow.com/problems/invalid-input", "title": "Invalid input", "status": 400,
             "detail": "to: the range spans 730 days; at most 366",
             "instance": "/api/v1/calendar/days", "titleZh": "输入无效",
             "detailZh": "to：日期范围共 730 天，最多 366 天",
             "errors": [{"field": "to", "message": "the range spans 730 days; at most 366"}]}
            """;
}
