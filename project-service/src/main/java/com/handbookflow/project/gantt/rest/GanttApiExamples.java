package com.handbookflow.project.gantt.rest;

/** The Gantt endpoint's OpenAPI examples: the handbook's campaign across the 2026 National Day holiday. */
final class GanttApiExamples {

    static final String CHART = """
            {}""";

    static final String SVG = """
            <svg xmlns="http://www.w3.org/2000/svg" xml:lang="zh-CN" width="1232" height="330" viewBox="0 0 1232 330"
                 font-family="'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', 'WenQuanYi Micro Hei', sans-serif" font-size="12">
              <title>PRJ2026001 市场活动推广 甘特图</title>
              ...
            </svg>""";

    static final String NOT_FOUND = """
            {"type": "https://handbookflow.com/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Project PRJ2026999 does not exist.", "titleZh": "未找到", "detailZh": "Project PRJ2026999 不存在。"}""";

    private GanttApiExamples() {
    }
}
