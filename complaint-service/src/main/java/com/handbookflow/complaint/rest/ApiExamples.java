package com.handbookflow.complaint.rest;

/** Request and response examples of the OpenAPI document, in one place. */
final class ApiExamples {

    static final String REGISTER = """
            {"receivedAt": "2026-09-30T09:00:00+08:00", "complainant": "王芳", "contact": "138-0013-8000",
             "channel": "PHONE", "problemType": "LOGISTICS_DELAY",
             "description": "9月25日下单的冰箱至今未送达，物流信息停留在杭州中转站 5 天。",
             "demand": "REFUND", "urgency": "URGENT"}""";

    static final String REGISTRATION = """
            {"description": "9月25日下单的冰箱（订单 88001234）至今未送达，物流信息停留在杭州中转站 5 天。"}""";

    static final String CLASSIFICATION = """
            {"problemType": "LOGISTICS_DELAY", "criteria": ["REPUTATIONAL_RISK"], "amountInvolved": 3999.00,
             "reason": "大件商品延误超过 5 天，客户表示将向消费者协会投诉，影响品牌声誉。"}""";

    static final String CLASSIFICATION_DEVIATING = """
            {"problemType": "SERVICE_ATTITUDE", "criteria": [], "grade": "MAJOR",
             "deviationReason": "客户为重点企业客户，虽未满足分级标准，按重大投诉处理。"}""";

    static final String GRADE_DEVIATION_UNEXPLAINED = """
            {"type": "https://handbookflow.com/problems/grade-deviation-unexplained",
             "title": "Grade deviates from the criteria", "status": 422,
             "detail": "the criteria met (none) give GENERAL; grading MAJOR needs deviationReason saying why",
             "titleZh": "分级与分级标准不符", "detailZh": "满足的分级标准（无）对应一般投诉；定为重大投诉须在 deviationReason 中说明理由",
             "errors": [{"field": "deviationReason", "message": "required when the grade is not GENERAL"}],
             "derivedGrade": "GENERAL", "metCriteria": []}""";

    static final String ASSIGNMENT_ROUTED = "{}";

    static final String ASSIGNMENT_OVERRIDE = """
            {"department": "after-sales", "person": "u3001", "reason": "客户已签收但商品损坏，转售后处理。"}""";

    static final String PLAN = """
            {"actions": ["REFUND", "APOLOGY"], "description": "全额退款并致歉；更换承运商重新发货由客户选择。"}""";

    static final String PLAN_WITH_COOPERATION = """
            {"actions": ["EXCHANGE", "APOLOGY"], "description": "物流部重新发货；售后部上门回收损坏商品。",
             "cooperations": [{"department": "after-sales", "task": "上门回收损坏商品并检测。"}]}""";

    static final String COOPERATION_REPORT = """
            {"result": "已上门回收损坏商品，检测为运输破损。"}""";

    static final String EXECUTION = """
            {"result": "已于 10 月 9 日原路退款 3999 元，并电话致歉。"}""";

    static final String CONFIRMATION = """
            {"result": "客户确认已收到退款。", "visitDate": "2026-10-10", "visitor": "张敏",
             "satisfaction": "BASICALLY_SATISFIED", "comments": "退款及时，但前期物流信息不透明。",
             "suggestions": "希望大件商品提供物流专线。", "rehandle": false}""";

    static final String CONFIRMATION_REHANDLE = """
            {"result": "客户不接受仅退款，要求补偿。", "visitDate": "2026-10-10", "visitor": "张敏",
             "satisfaction": "DISSATISFIED", "comments": "处理太慢。", "rehandle": true}""";

    static final String PROGRESS_UPDATE = """
            {"channel": "PHONE", "content": "已联系承运商，预计明日给出退款方案。"}""";

    static final String CAUSE_ANALYSIS = """
            {"rootCauseCategory": "COURIER", "rootCauseDetail": "迅达快递",
             "rootCauseDescription": "承运商杭州中转站爆仓，未按约定时效转运大件商品。",
             "improvementMeasures": [{"description": "与迅达快递约定大件时效并加入延误赔付条款。",
               "ownerDepartment": "logistics", "deadline": "2026-10-30"}]}""";

    static final String VIEW = """
            {"id": "5b0c8a8e-8f55-4a8e-9a43-0c7f1f1f2a11", "number": "TS20260930-0001",
             "status": {"code": "OPEN", "zh": "处理中", "en": "Open"}, "currentNode": "PLAN",
             "currentDueAt": "2026-09-30T06:00:00Z", "overdue": false,
             "registration": {"receivedAt": "2026-09-30T01:00:00Z", "complainant": "王芳", "contact": "138-0013-8000",
               "channel": {"code": "PHONE", "zh": "电话", "en": "Phone"},
               "problemType": {"code": "LOGISTICS_DELAY", "zh": "物流延迟", "en": "Logistics delay"},
               "description": "9月25日下单的冰箱至今未送达。", "demand": {"code": "REFUND", "zh": "退款", "en": "Refund"},
               "urgency": {"code": "URGENT", "zh": "紧急（24小时内处理）", "en": "Urgent (within 24 hours)"},
               "registeredAt": "2026-09-30T01:20:00Z"},
             "contactPerson": {"userId": "u1001", "name": "张敏"}, "acknowledgedAt": "2026-09-30T01:05:00Z",
             "classification": {"grade": {"code": "MAJOR", "zh": "重大投诉", "en": "Major"},
               "reason": "大件商品延误超过 5 天。", "routedDepartment": "logistics",
               "criteria": [{"code": "REPUTATIONAL_RISK", "zh": "影响品牌声誉（媒体、消费者协会、社交平台）",
                 "en": "Reputational risk (media, consumer association, social platforms)"}],
               "amountInvolved": 3999.00, "derivedGrade": {"code": "MAJOR", "zh": "重大投诉", "en": "Major"}},
             "assignment": {"department": "logistics"}, "plans": [], "confirmations": [], "rehandles": 0,
             "progressUpdates": [], "nextUpdateDueAt": "2026-10-02T02:00:00Z",
             "timeline": [
               {"key": "ACKNOWLEDGE", "nameZh": "投诉受理（首次响应）", "nameEn": "First response", "attempt": 1,
                "state": {"code": "COMPLETED", "zh": "已完成", "en": "Completed"}, "department": "customer-service",
                "startedAt": "2026-09-30T01:00:00Z", "dueAt": "2026-09-30T01:10:00Z", "limit": "PT10M",
                "completedAt": "2026-09-30T01:05:00Z", "onTime": true, "overdue": false, "outcome": "acknowledged",
                "outputs": [], "actor": "张敏"},
               {"key": "PLAN", "nameZh": "制定处理方案", "nameEn": "Handling plan", "attempt": 1,
                "state": {"code": "ACTIVE", "zh": "进行中", "en": "Active"}, "department": "logistics",
                "startedAt": "2026-09-30T02:00:00Z", "dueAt": "2026-10-01T02:00:00Z", "limit": "PT24H",
                "overdue": false, "outputs": []}]}""";

    static final String PAGE = """
            {"items": [{"id": "5b0c8a8e-8f55-4a8e-9a43-0c7f1f1f2a11", "number": "TS20260930-0001",
              "status": {"code": "OPEN", "zh": "处理中", "en": "Open"}, "currentNode": "PLAN",
              "currentDueAt": "2026-10-01T02:00:00Z", "overdue": false, "receivedAt": "2026-09-30T01:00:00Z",
              "complainant": "王芳", "channel": {"code": "PHONE", "zh": "电话", "en": "Phone"},
              "problemType": {"code": "LOGISTICS_DELAY", "zh": "物流延迟", "en": "Logistics delay"},
              "urgency": {"code": "URGENT", "zh": "紧急（24小时内处理）", "en": "Urgent (within 24 hours)"},
              "grade": {"code": "MAJOR", "zh": "重大投诉", "en": "Major"}, "department": "logistics"}],
             "page": 0, "size": 20, "totalItems": 1, "totalPages": 1}""";

    static final String INVALID = """
            {"type": "https://handbookflow.com/problems/invalid-input", "title": "Invalid input", "status": 400,
             "detail": "contact: must not be blank", "instance": "/api/v1/complaints", "titleZh": "输入无效",
             "detailZh": "请求字段不符合要求：contact: must not be blank",
             "errors": [{"field": "contact", "message": "must not be blank"}]}""";

    static final String CONFLICT = """
            {"type": "https://handbookflow.com/problems/illegal-transition", "title": "Illegal transition", "status": 409,
             "detail": "Complaint TS20260930-0001 is at CLASSIFY; this act belongs to ASSIGN.",
             "titleZh": "非法的流程操作", "detailZh": "投诉 TS20260930-0001 当前处于 CLASSIFY，该操作属于节点 ASSIGN。",
             "currentNode": "CLASSIFY", "currentState": "ACTIVE"}""";

    static final String UNPROCESSABLE = """
            {"type": "https://handbookflow.com/problems/rehandle-refused", "title": "Re-handling refused", "status": 422,
             "detail": "rehandle: the complaint was already handled again 1 time(s); at most 1 allowed",
             "titleZh": "不能重新处理", "detailZh": "rehandle：该投诉已重新处理 1 次，最多允许 1 次",
             "errors": [{"field": "rehandle", "message": "the complaint was already handled again 1 time(s); at most 1 allowed"}]}""";

    static final String NOT_FOUND = """
            {"type": "https://handbookflow.com/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Complaint TS20260930-9999 does not exist.", "titleZh": "未找到",
             "detailZh": "Complaint TS20260930-9999 不存在。"}""";

    private ApiExamples() {
    }
}
