package com.handbookflow.complaint.document.rest;

/** Examples of the documents' OpenAPI description. */
final class DocumentExamples {

    static final String REGISTRATION_FORM = """
            {"kind": "registration-form", "titleZh": "客户投诉登记表", "titleEn": "Complaint registration form",
             "number": "TS20260930-0001", "reference": "complaint:TS20260930-0001/registration-form",
             "sections": [{"headingZh": "投诉信息", "headingEn": "Complaint", "fields": [
               {"labelZh": "投诉编号", "labelEn": "Complaint number", "value": "TS20260930-0001"},
               {"labelZh": "投诉日期", "labelEn": "Received", "value": "2026-09-30 09:00"},
               {"labelZh": "投诉人", "labelEn": "Complainant", "value": "王芳"},
               {"labelZh": "投诉渠道", "labelEn": "Channel", "value": "电话"},
               {"labelZh": "问题类型", "labelEn": "Problem type", "value": "物流延迟"},
               {"labelZh": "紧急程度", "labelEn": "Urgency", "value": "紧急（24小时内处理）"}]}]}""";

    static final String REGISTRATION_FORM_HTML = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="UTF-8"><title>客户投诉登记表 TS20260930-0001</title>...</head><body>
            <h1>客户投诉登记表</h1><p class="en">Complaint registration form · TS20260930-0001</p>
            <h2>投诉信息 <span class="en">Complaint</span></h2>
            <table class="fields"><tr><th>投诉编号<br><span class="en">Complaint number</span></th><td>TS20260930-0001</td></tr>...</table>
            </body></html>""";

    static final String UNKNOWN_KIND = """
            {"type": "https://handbookflow.com/problems/invalid-input", "title": "Invalid input", "status": 400,
             "detail": "kind: unknown document 'invoice'; one of registration-form, handling-plan, customer-confirmation, archive-form, improvement-report",
             "titleZh": "输入无效",
             "detailZh": "kind：未知的文档 'invoice'，可选：registration-form, handling-plan, customer-confirmation, archive-form, improvement-report",
             "errors": [{"field": "kind", "message": "unknown document 'invoice'; one of registration-form, handling-plan, customer-confirmation, archive-form, improvement-report"}]}""";

    static final String NOT_PRODUCED = """
            {"type": "https://handbookflow.com/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Document TS20260930-0001/archive-form does not exist.", "titleZh": "未找到",
             "detailZh": "Document TS20260930-0001/archive-form 不存在。"}""";

    private DocumentExamples() {
    }
}
