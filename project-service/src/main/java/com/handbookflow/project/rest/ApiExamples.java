package com.handbookflow.project.rest;

/** Request and response examples of the OpenAPI document, in one place (the handbook's worked example). */
final class ApiExamples {

    static final String INITIATE = """
            {"name": "市场活动推广", "initiatingDepartment": "marketing",
             "participatingDepartments": ["design", "technology"],
             "application": {"background": "新品上市需要线上线下联动推广。", "goal": "Q3 新品销售额提升20%",
               "scope": "活动策划、宣传物料、活动页面", "milestones": [{"name": "活动上线", "date": "2026-09-30"}]}}""";

    static final String ALIGNMENT = """
            {"meetingDate": "2026-09-08", "departmentsPresent": ["marketing", "design", "technology"],
             "summary": "各部门确认目标：Q3 新品销售额提升20%，9月30日活动上线。"}""";

    static final String CONSENT = """
            {"department": "design", "agreed": true, "comment": "设计部确认参与。"}""";

    static final String TEAM = """
            {"leader": {"userId": "u1001", "name": "李娜", "department": "marketing"},
             "contacts": [{"department": "design", "userId": "u2001", "name": "王磊"},
                          {"department": "technology", "userId": "u3001", "name": "赵强"}]}""";

    static final String TASK = """
            {"name": "宣传物料设计", "department": "design", "personId": "u2001", "personName": "王磊",
             "deliverableStandard": "海报3张、易拉宝1个，符合品牌规范并经市场部确认",
             "startDate": "2026-09-14", "deadline": "2026-09-18", "predecessors": ["T1"]}""";

    static final String TASK_VIEW = """
            {"projectNumber": "PRJ2026001", "key": "T2", "name": "宣传物料设计", "department": "design",
             "personId": "u2001", "personName": "王磊", "deliverableStandard": "海报3张、易拉宝1个，符合品牌规范并经市场部确认",
             "startDate": "2026-09-14", "deadline": "2026-09-18", "dueAt": "2026-09-18T10:00:00Z",
             "status": {"code": "DELAYED", "zh": "延期", "en": "Delayed"}, "startedAt": "2026-09-14T01:00:00Z",
             "completedAt": null, "delayedAt": "2026-09-18T10:00:00Z", "predecessors": ["T1"], "waitingFor": [],
             "delayedUpstream": [], "holdsUp": ["T3"], "round": 1, "acceptance": null}""";

    static final String TASK_ACCEPTANCE = """
            {"result": "REJECTED", "reason": "易拉宝尺寸不符合交付标准。", "newDeadline": "2026-09-25"}""";

    static final String RISK = """
            {"description": "宣传物料设计延期", "level": "MEDIUM", "impact": "活动页面开发及活动上线",
             "department": "design", "measures": "增派1名设计师", "warningDate": "2026-09-14", "resolveBy": "2026-09-16"}""";

    static final String RISK_VIEW = """
            {"seq": 1, "description": "宣传物料设计延期", "level": {"code": "MEDIUM", "zh": "中", "en": "Medium"},
             "impact": "活动页面开发及活动上线", "department": "design", "measures": "增派1名设计师",
             "warningDate": "2026-09-14", "resolveBy": "2026-09-16", "dueAt": "2026-09-16T10:00:00Z",
             "status": {"code": "OPEN", "zh": "待解决", "en": "Open"}, "overdue": false,
             "raisedAt": "2026-09-14T02:00:00Z", "resolvedAt": null, "resolution": null}""";

    static final String RISK_RESOLUTION = """
            {"resolution": "已增派设计师，物料按期交付。"}""";

    static final String MEETING = """
            {"heldAt": "2026-09-14T02:00:00Z", "decisions": "设计部增派1名设计师。",
             "reports": [{"department": "marketing", "progress": "活动策划方案已完成", "problems": "", "resourcesNeeded": ""},
                         {"department": "design", "progress": "海报完成2/3", "problems": "人手不足", "resourcesNeeded": "增派1名设计师"},
                         {"department": "technology", "progress": "等待物料", "problems": "", "resourcesNeeded": ""}]}""";

    static final String MEETING_VIEW = """
            {"seq": 1, "dueAt": "2026-09-14T02:00:00Z", "heldAt": "2026-09-14T02:00:00Z",
             "reports": [{"department": "design", "progress": "海报完成2/3", "problems": "人手不足", "resourcesNeeded": "增派1名设计师"}],
             "decisions": "设计部增派1名设计师。", "reportDueAt": "2026-09-15T02:00:00Z", "weeklyReport": null}""";

    static final String WEEKLY_REPORT = """
            {"summary": "本周完成活动策划方案；宣传物料设计延期风险已应对（增派1名设计师）。"}""";

    static final String RATING = """
            {"department": "design", "score": 92, "comment": "需求清晰，沟通顺畅。"}""";

    static final String RETROSPECTIVE = """
            {"wentWell": ["周例会及时暴露了设计延期风险"],
             "processProblems": ["立项时未明确物料数量，导致设计返工"]}""";

    static final String COUNTERSIGN = """
            {"comment": "验收记录完整，同意验收。"}""";

    static final String VIEW = """
            {"id": "0b6f2a52-6f33-4c2e-9d0a-3c1c2f7f9a10", "number": "PRJ2026001", "name": "市场活动推广",
             "status": {"code": "ACTIVE", "zh": "进行中", "en": "Active"}, "currentNode": "PROGRESS",
             "currentDueAt": "2026-09-30T10:00:00Z", "overdue": false, "initiatingDepartment": "marketing",
             "participatingDepartments": ["design", "technology"],
             "application": {"background": "新品上市需要线上线下联动推广。", "goal": "Q3 新品销售额提升20%",
               "scope": "活动策划、宣传物料、活动页面", "milestones": [{"name": "活动上线", "date": "2026-09-30"}]},
             "tasks": [], "risks": [], "meetings": [], "ratings": [], "timeline": []}""";

    static final String PAGE = """
            {"items": [{"number": "PRJ2026001", "name": "市场活动推广",
              "status": {"code": "ACTIVE", "zh": "进行中", "en": "Active"}, "currentNode": "PROGRESS",
              "currentDueAt": "2026-09-30T10:00:00Z", "overdue": false, "initiatingDepartment": "marketing",
              "participatingDepartments": ["design", "technology"], "createdAt": "2026-09-07T01:00:00Z"}],
             "page": 0, "size": 20, "totalItems": 1, "totalPages": 1}""";

    static final String TASK_PAGE = """
            {"items": [""" + TASK_VIEW + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}";

    static final String INVALID = """
            {"type": "https://handbookflow.com/problems/invalid-input", "title": "Invalid input", "status": 400,
             "detail": "participatingDepartments: must not be empty", "titleZh": "输入无效",
             "errors": [{"field": "participatingDepartments", "message": "must not be empty"}]}""";

    static final String NOT_FOUND = """
            {"type": "https://handbookflow.com/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Project PRJ2026999 does not exist", "titleZh": "未找到"}""";

    static final String CONFLICT = """
            {"type": "https://handbookflow.com/problems/predecessors-not-done", "title": "Predecessors not done",
             "status": 409, "detail": "Task T3 starts when T2 is done (finish-to-start).", "titleZh": "前置任务未完成",
             "detailZh": "任务 T3 须待前置任务 T2 完成后方可开始。", "openPredecessors": ["T2"], "currentState": "PENDING"}""";

    static final String UNPROCESSABLE = """
            {"type": "https://handbookflow.com/problems/task-not-smart", "title": "Task not SMART", "status": 422,
             "detail": "A task needs a measurable deliverable standard and a deadline; vague wording such as '尽快完成' or 'ASAP' is not a deadline.",
             "titleZh": "任务不符合SMART原则",
             "detailZh": "任务须有可衡量的交付标准和明确的截止时间，“尽快完成”“ASAP”等模糊表述不能代替截止时间。",
             "errors": [{"field": "deliverableStandard", "message": "'尽快完成' is vague: name a date and a measurable result / “尽快完成”为模糊表述，请写明具体日期和可衡量的成果"}]}""";

    static final String FORBIDDEN = """
            {"type": "https://handbookflow.com/problems/access-denied", "title": "Access denied", "status": 403,
             "detail": "Only department design may work on task T2", "titleZh": "无权操作"}""";

    private ApiExamples() {
    }
}
