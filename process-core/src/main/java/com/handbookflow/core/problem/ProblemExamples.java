package com.handbookflow.core.problem;

/**
 * What every scenario's OpenAPI document says about the problems process-core raises the same way in
 * every service, in one place. Annotations take constants only, so these are strings a service names
 * in its {@code @APIResponse}; the {@code @Content(mediaType = Problem.MEDIA_TYPE, schema = ...)}
 * wrapping stays on the annotation (SmallRye OpenAPI has no composed annotations). Examples that name
 * a scenario's own objects (its not-found number, its wrong node) stay with the service.
 */
public final class ProblemExamples {

    /** The 400 a bean-validation or a {@code QueryParams} failure answers. */
    public static final String INVALID_INPUT_RESPONSE = "A field is missing or invalid; the problem names it";

    /** The 422 an {@code UnprocessableException} (a rule, a guard, a work item's join) answers. */
    public static final String AGAINST_A_RULE_RESPONSE = "Well formed, but against a rule of the handbook";

    /** The 401 {@code ProblemMapper.unauthenticated} answers, with {@code WWW-Authenticate: Bearer}. */
    /** The 403 of an act only an administrator may do (publish a calendar year, recompute deadlines). */
    public static final String ADMIN_ONLY_RESPONSE = "Not an administrator / 非管理员";

    public static final String UNAUTHENTICATED_RESPONSE = "No bearer token, or an expired or forged one";

    /** As {@code ProblemMapper.unauthenticated} writes it (a test holds the two together). */
    public static final String UNAUTHENTICATED = """
            {"type": "https://handbookflow.com/problems/unauthenticated", "title": "Authentication required",
             "status": 401, "detail": "Send a valid bearer token (Authorization: Bearer <JWT>) to use this API.",
             "titleZh": "需要身份认证", "detailZh": "请在请求头中携带有效的令牌（Authorization: Bearer <JWT>）。"}""";

    /** As {@code ProblemMapper.concurrentChange} writes it: two writers raced, the loser reloads. */
    public static final String CONCURRENT_CHANGE = """
            {"type": "https://handbookflow.com/problems/concurrent-change", "title": "Concurrent change",
             "status": 409, "detail": "The object was changed by someone else at the same time; reload it and try again.",
             "titleZh": "并发修改", "detailZh": "该对象刚被他人修改，请刷新后重试。"}""";

    private ProblemExamples() {
    }
}
