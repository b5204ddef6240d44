package com.handbookflow.launch.rest;

/** Request and response examples of the OpenAPI document, in one place. */
final class ApiExamples {

    static final String APPLICATION = """
            {"originatingDepartment": "marketing", "businessName": "会员积分商城",
             "marketNeed": "竞品均已上线积分兑换，用户调研中 62% 希望积分可兑换商品。",
             "userPainPoint": "积分只能抵扣运费，用户感知价值低。",
             "goal": {"metric": "USERS", "targetValue": 100000, "unit": "人", "horizonMonths": 3,
                      "description": "上线 3 个月内积分商城用户达 10 万"},
             "coreFunctions": ["积分兑换商品", "兑换订单查询", "积分明细"],
             "resources": {"people": 5, "budget": 300000, "technicalSupport": "订单与库存系统接口支持"}}""";

    static final String APPLICATION_FOUR_FUNCTIONS = """
            {"originatingDepartment": "marketing", "businessName": "会员积分商城",
             "marketNeed": "竞品均已上线积分兑换。",
             "goal": {"metric": "USERS", "targetValue": 100000, "unit": "人", "horizonMonths": 3},
             "coreFunctions": ["积分兑换商品", "兑换订单查询", "积分明细", "积分抽奖"],
             "resources": {"people": 5, "budget": 300000}}""";

    static final String CONTRIBUTION = """
            {"summary": "现有订单与库存系统可复用，需新增积分扣减接口，约 3 人 3 周。"}""";

    static final String FEASIBILITY_PASS = """
            {"technology": "复用订单、库存系统；积分扣减需分布式事务。", "resources": "开发 3 人、测试 1 人，4 周。",
             "costBenefit": "投入 30 万元，预计 6 个月内带来 80 万元增量 GMV。",
             "competition": "两家主要竞品已上线，我方以兑换品类差异化。", "conclusion": "PASS",
             "reason": "技术、资源、成本均可行。"}""";

    static final String FEASIBILITY_FAIL = """
            {"technology": "需改造核心账务系统。", "resources": "缺少支付方向开发人员。",
             "costBenefit": "投入 200 万元，回收期超过 3 年。", "competition": "市场已饱和。",
             "conclusion": "FAIL", "reason": "投入产出比过低，暂不立项。"}""";

    static final String REVIEW_PASS = """
            {"opinion": "PASS", "comment": "目标合理，与市场匹配。"}""";

    static final String REVIEW_NEEDS_CHANGES = """
            {"opinion": "NEEDS_CHANGES", "comment": "预算偏高，请压缩首期范围。"}""";

    static final String SIGN_OFF = """
            {"developmentLimit": "P20WD", "limitReason": "涉及支付渠道对接，复杂度高。", "comment": "同意上线，控制预算。"}""";

    static final String PLAN_REVISION = """
            {"summary": "预算从 50 万元压缩至 30 万元，首期仅上线兑换与订单查询。"}""";

    static final String DEVELOPMENT = """
            {"testReport": {"summary": "功能、性能、安全测试完成，无阻断缺陷。", "casesRun": 236, "casesPassed": 236,
                            "openDefects": 0},
             "uatConfirmation": {"acceptedBy": "陈静", "acceptingDepartment": "marketing", "acceptedOn": "2026-10-15",
                                 "statement": "业务验收通过，同意上线。"}}""";

    static final String LAUNCH_PLAN = """
            {"launchAt": "2026-10-20T10:00:00+08:00",
             "people": ["运维 李强：部署与监控", "市场 陈静：推广", "客服 张敏：话术培训"],
             "emergencyPlan": {"rollbackSteps": ["关闭积分商城入口开关", "回滚至 v2.3.1", "恢复积分快照"],
                               "userCompensation": "兑换失败用户返还积分并补偿 200 积分。",
                               "trigger": "兑换成功率低于 95% 持续 10 分钟。"},
             "monitoring": "接口错误率 > 1% 告警，首周每日通报。"}""";

    static final String DUTY = """
            {"note": "生产环境已部署，基础数据已导入。"}""";

    static final String RELEASE = """
            {"statement": "积分商城已正式上线，运行正常。",
             "monitoringNote": "运维 7x24 监控接口错误率与兑换成功率，首周每日通报。"}""";

    static final String EVALUATION = """
            {"metrics": [{"metric": "USERS", "actual": 112000, "unit": "人"},
                         {"metric": "DAU", "target": 8000, "actual": 9100, "unit": "人"},
                         {"metric": "RETENTION", "target": 40, "actual": 35.5, "unit": "%"}],
             "feedback": "兑换品类偏少。", "conclusion": "用户数达成目标，次月留存低于预期，下期扩充品类。"}""";

    static final String VIEW = """
            {"number": "SX2026-0001", "status": {"code": "IN_PROGRESS", "zh": "进行中", "en": "In progress"},
             "currentNode": "PLAN_REVIEW", "currentDueAt": "2026-09-17T10:00:00Z", "overdue": false,
             "application": {"number": "SX2026-0001", "businessName": "会员积分商城", "originatingDepartment": "marketing",
               "originatorId": "u3001", "originatorName": "陈静", "appliedOn": "2026-09-07",
               "goal": {"metric": {"code": "USERS", "zh": "用户数", "en": "Users"}, "targetValue": 100000,
                        "unit": "人", "horizonMonths": 3},
               "coreFunctions": ["积分兑换商品", "兑换订单查询", "积分明细"]},
             "reviewRounds": [{"round": 1, "conclusion": {"code": "PENDING", "zh": "评审中", "en": "Under review"},
               "rows": [{"part": {"code": "BUSINESS_PLAN", "zh": "业务方案（目标合理性、市场匹配度）",
                                  "en": "Business plan (goal soundness, market fit)"},
                         "department": "marketing", "state": {"code": "DONE", "zh": "已完成", "en": "Done"},
                         "opinion": {"code": "PASS", "zh": "通过", "en": "Pass"}, "reviewer": "陈静",
                         "date": "2026-09-15"}]}],
             "timeline": [{"key": "REQUIREMENT", "nameZh": "需求提出与初步评估", "attempt": 1,
                           "state": {"code": "COMPLETED", "zh": "已完成", "en": "Completed"}, "department": "marketing",
                           "dueAt": "2026-09-10T10:00:00Z", "limit": "P3WD", "onTime": true, "outcome": "submitted"}]}""";

    static final String LIST = """
            {"items": [{"number": "SX2026-0001", "businessName": "会员积分商城", "originatingDepartment": "marketing",
                        "originatorName": "陈静", "appliedOn": "2026-09-07",
                        "status": {"code": "IN_PROGRESS", "zh": "进行中", "en": "In progress"},
                        "currentNode": "PLAN_REVIEW", "currentDueAt": "2026-09-17T10:00:00Z", "overdue": false}],
             "page": 0, "size": 20, "totalItems": 1, "totalPages": 1}""";

    static final String INVALID = """
            {"type": "https://handbookflow.com/problems/invalid-input", "title": "Invalid input", "titleZh": "输入无效",
             "status": 400, "detail": "originatingDepartment: 'logistics' does not raise new business; allowed: marketing, product",
             "detailZh": "originatingDepartment：'logistics' 不是发起部门，可选：marketing、product",
             "errors": [{"field": "originatingDepartment", "message": "'logistics' does not raise new business"}]}""";

    static final String NOT_FOUND = """
            {"type": "https://handbookflow.com/problems/not-found", "title": "Not found", "titleZh": "未找到",
             "status": 404, "detail": "Launch SX2026-0099 does not exist.", "detailZh": "Launch SX2026-0099 不存在。"}""";

    static final String CONFLICT = """
            {"type": "https://handbookflow.com/problems/illegal-transition", "title": "Illegal transition",
             "titleZh": "非法的流程操作", "status": 409,
             "detail": "Launch SX2026-0001 is at FEASIBILITY; this act belongs to RELEASE.",
             "detailZh": "新业务 SX2026-0001 当前处于 FEASIBILITY，该操作属于节点 RELEASE。",
             "currentNode": "FEASIBILITY", "currentState": "ACTIVE"}""";

    static final String UNPROCESSABLE = """
            {"type": "https://handbookflow.com/problems/release-refused", "title": "Release refused: no emergency plan",
             "titleZh": "不能发布：未完成应急预案", "status": 422,
             "detail": "Release refused: an emergency plan with rollback steps and a user compensation plan is required before launch; the emergency plan has no user compensation plan (用户补偿方案)",
             "detailZh": "上线前必须完成应急预案（含回滚步骤与用户补偿方案）：the emergency plan has no user compensation plan (用户补偿方案)",
             "errors": [{"field": "launchPlan.emergencyPlan.userCompensation", "message": "the emergency plan has no user compensation plan (用户补偿方案)"}]}""";

    static final String FORBIDDEN = """
            {"type": "https://handbookflow.com/problems/access-denied", "title": "Access denied", "titleZh": "无权操作",
             "status": 403, "detail": "Only LEADER may sign off the approved launch plan.",
             "detailZh": "仅分管领导可以执行此操作：sign off the approved launch plan。", "allowedRoles": ["LEADER"]}""";

    private ApiExamples() {
    }
}
