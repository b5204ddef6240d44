package com.handbookflow.project.gantt.rest;

/** The Gantt endpoint's OpenAPI examples: the handbook's campaign across the 2026 National Day holiday. */
final class GanttApiExamples {

    /** GET /api/v1/projects/PRJ2026001/gantt at 2026-10-09 10:00 Shanghai (a test holds it to the real answer). */
    static final String CHART = """
            {
             "projectNumber": "PRJ2026001",
             "projectName": "市场活动推广",
             "now": "2026-10-09T02:00:00Z",
             "today": "2026-10-09",
             "zone": "Asia/Shanghai",
             "calendarVersion": "CN-2026.1",
             "from": "2026-09-20",
             "to": "2026-10-17",
             "days": [
               {"date": "2026-09-20", "dayOfWeek": "SUNDAY", "kind": "MAKE_UP_WORKING_DAY", "kindZh": "调休上班日", "working": true, "nameZh": "国庆节调休上班", "nameEn": "National Day make-up working day"},
               {"date": "2026-09-21", "dayOfWeek": "MONDAY", "kind": "WORKING", "kindZh": "工作日", "working": true},
               {"date": "2026-09-22", "dayOfWeek": "TUESDAY", "kind": "WORKING", "kindZh": "工作日", "working": true},
               {"date": "2026-09-23", "dayOfWeek": "WEDNESDAY", "kind": "WORKING", "kindZh": "工作日", "working": true},
               {"date": "2026-09-24", "dayOfWeek": "THURSDAY", "kind": "WORKING", "kindZh": "工作日", "working": true},
               {"date": "2026-09-25", "dayOfWeek": "FRIDAY", "kind": "HOLIDAY", "kindZh": "节假日", "working": false, "nameZh": "中秋节", "nameEn": "Mid-Autumn Festival"},
               {"date": "2026-09-26", "dayOfWeek": "SATURDAY", "kind": "HOLIDAY", "kindZh": "节假日", "working": false, "nameZh": "中秋节", "nameEn": "Mid-Autumn Festival"},
               {"date": "2026-09-27", "dayOfWeek": "SUNDAY", "kind": "HOLIDAY", "kindZh": "节假日", "working": false, "nameZh": "中秋节", "nameEn": "Mid-Autumn Festival"},
               {"date": "2026-09-28", "dayOfWeek": "MONDAY", "kind": "WORKING", "kindZh": "工作日", "working": true},
               {"date": "2026-09-29", "dayOfWeek": "TUESDAY", "kind": "WORKING", "kindZh": "工作日", "working": true},
               {"date": "2026-09-30", "dayOfWeek": "WEDNESDAY", "kind": "WORKING", "kindZh": "工作日", "working": true},
               {"date": "2026-10-01", "dayOfWeek": "THURSDAY", "kind": "HOLIDAY", "kindZh": "节假日", "working": false, "nameZh": "国庆节", "nameEn": "National Day"},
               {"date": "2026-10-02", "dayOfWeek": "FRIDAY", "kind": "HOLIDAY", "kindZh": "节假日", "working": false, "nameZh": "国庆节", "nameEn": "National Day"},
               {"date": "2026-10-03", "dayOfWeek": "SATURDAY", "kind": "HOLIDAY", "kindZh": "节假日", "working": false, "nameZh": "国庆节", "nameEn": "National Day"},
               {"date": "2026-10-04", "dayOfWeek": "SUNDAY", "kind": "HOLIDAY", "kindZh": "节假日", "working": false, "nameZh": "国庆节", "nameEn": "National Day"},
               {"date": "2026-10-05", "dayOfWeek": "MONDAY", "kind": "HOLIDAY", "kindZh": "节假日", "working": false, "nameZh": "国庆节", "nameEn": "National Day"},
               {"date": "2026-10-06", "dayOfWeek": "TUESDAY", "kind": "HOLIDAY", "kindZh": "节假日", "working": false, "nameZh": "国庆节", "nameEn": "National Day"},
               {"date": "2026-10-07", "dayOfWeek": "WEDNESDAY", "kind": "HOLIDAY", "kindZh": "节假日", "working": false, "nameZh": "国庆节", "nameEn": "National Day"},
               {"date": "2026-10-08", "dayOfWeek": "THURSDAY", "kind": "WORKING", "kindZh": "工作日", "working": true},
               {"date": "2026-10-09", "dayOfWeek": "FRIDAY", "kind": "WORKING", "kindZh": "工作日", "working": true},
               {"date": "2026-10-10", "dayOfWeek": "SATURDAY", "kind": "MAKE_UP_WORKING_DAY", "kindZh": "调休上班日", "working": true, "nameZh": "国庆节调休上班", "nameEn": "National Day make-up working day"},
               {"date": "2026-10-11", "dayOfWeek": "SUNDAY", "kind": "WEEKEND", "kindZh": "周末", "working": false},
               {"date": "2026-10-12", "dayOfWeek": "MONDAY", "kind": "WORKING", "kindZh": "工作日", "working": true},
               {"date": "2026-10-13", "dayOfWeek": "TUESDAY", "kind": "WORKING", "kindZh": "工作日", "working": true},
               {"date": "2026-10-14", "dayOfWeek": "WEDNESDAY", "kind": "WORKING", "kindZh": "工作日", "working": true},
               {"date": "2026-10-15", "dayOfWeek": "THURSDAY", "kind": "WORKING", "kindZh": "工作日", "working": true},
               {"date": "2026-10-16", "dayOfWeek": "FRIDAY", "kind": "WORKING", "kindZh": "工作日", "working": true},
               {"date": "2026-10-17", "dayOfWeek": "SATURDAY", "kind": "WEEKEND", "kindZh": "周末", "working": false}
             ],
             "tasks": [
               {"key": "T1", "name": "活动策划方案", "department": {"code": "marketing", "zh": "市场部", "en": "Marketing"}, "person": "张三", "status": {"code": "DONE", "zh": "已完成", "en": "Done"}, "start": "2026-09-21", "deadline": "2026-09-24", "completedAt": "2026-09-24T08:30:00Z", "completedOn": "2026-09-24", "predecessors": [], "progressPercent": 100, "plannedWorkingDays": 4, "projectedStart": "2026-09-21", "projectedFinish": "2026-09-24", "overdue": false, "workingDaysLate": 0},
               {"key": "T2", "name": "宣传物料设计", "department": {"code": "design", "zh": "设计部", "en": "Design"}, "person": "李四", "status": {"code": "DELAYED", "zh": "延期", "en": "Delayed"}, "start": "2026-09-28", "deadline": "2026-09-30", "predecessors": ["T1"], "progressPercent": 60, "plannedWorkingDays": 3, "projectedStart": "2026-09-28", "projectedFinish": "2026-10-09", "overdue": true, "workingDaysLate": 2},
               {"key": "T3", "name": "活动页面技术开发", "department": {"code": "technology", "zh": "技术部", "en": "Technology"}, "person": "王五", "status": {"code": "PENDING", "zh": "待执行", "en": "Pending"}, "start": "2026-10-08", "deadline": "2026-10-14", "predecessors": ["T2"], "progressPercent": 0, "plannedWorkingDays": 6, "projectedStart": "2026-10-10", "projectedFinish": "2026-10-16", "overdue": false, "workingDaysLate": 2, "knockOn": {"pushedBy": ["T2"], "workingDaysPushed": 2}}
             ],
             "dependencies": [
               {"predecessor": "T1", "successor": "T2", "knockOn": false},
               {"predecessor": "T2", "successor": "T3", "knockOn": true}
             ],
             "delays": [
               {"task": "T2", "name": "宣传物料设计", "workingDaysLate": 2, "overdue": true, "knockOnTasks": ["T3"]}
             ],
             "warnings": []
            }""";

    /** The same chart as a picture, shortened to its frame and the delayed task's bar. */
    static final String SVG = """
            <svg xmlns="http://www.w3.org/2000/svg" xml:lang="zh-CN" width="1286" height="368" viewBox="0 0 1286 368" \
            font-family="'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', 'WenQuanYi Micro Hei', \
            sans-serif" font-size="12">
              <title>PRJ2026001 市场活动推广 甘特图</title>
              ...
              <g>
                <title>宣传物料设计：2026-09-28 至 2026-09-30 · 延期 · 晚于截止日期 2 个工作日</title>
                <rect x="571" y="186" width="254" height="18" rx="3" fill="#F6B0B0" stroke="#E03131" stroke-width="1" stroke-dasharray="4 2"/>
                <rect x="491" y="186" width="82" height="18" rx="3" fill="#E03131"/>
                <rect x="491" y="200" width="49.2" height="4" fill="#861D1D"/>
              </g>
              <text x="831" y="199" font-size="11" font-weight="bold" fill="#E03131">延期 2 个工作日</text>
              ...
            </svg>""";

    static final String NOT_FOUND = """
            {"type": "https://handbookflow.com/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Project PRJ2026999 does not exist.", "titleZh": "未找到", "detailZh": "Project PRJ2026999 不存在。"}""";

    private GanttApiExamples() {
    }
}
