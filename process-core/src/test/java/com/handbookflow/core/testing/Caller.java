package com.handbookflow.core.testing;

import com.handbookflow.core.security.Role;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/**
 * The callers of the authorization matrix every service proves: nobody, someone of another
 * department, someone of the responsible department, a supervisor, an administrator.
 */
public enum Caller {
    NO_TOKEN,
    WRONG_DEPARTMENT,
    RIGHT_DEPARTMENT,
    SUPERVISOR,
    ADMIN;

    /** The expected answer per caller, in the order of the enum: a row of the matrix. */
    public static java.util.Map<Caller, Integer> expect(int noToken, int wrongDepartment, int rightDepartment,
                                                        int supervisor, int admin) {
        java.util.Map<Caller, Integer> expected = new java.util.EnumMap<>(Caller.class);
        expected.put(NO_TOKEN, noToken);
        expected.put(WRONG_DEPARTMENT, wrongDepartment);
        expected.put(RIGHT_DEPARTMENT, rightDepartment);
        expected.put(SUPERVISOR, supervisor);
        expected.put(ADMIN, admin);
        return expected;
    }

    /** A request as this caller, where {@code responsibleDepartment} is the department the object belongs to. */
    public RequestSpecification request(String responsibleDepartment) {
        return switch (this) {
            case NO_TOKEN -> given().auth().none();
            case WRONG_DEPARTMENT -> given().auth().oauth2(Tokens.of("outsider", "finance".equals(responsibleDepartment)
                    ? "design" : "finance", Role.STAFF, Role.DEPT_HEAD));
            case RIGHT_DEPARTMENT -> given().auth().oauth2(Tokens.of("member", responsibleDepartment, Role.STAFF));
            case SUPERVISOR -> given().auth().oauth2(Tokens.of("auditor", "operations-management", Role.SUPERVISOR));
            case ADMIN -> given().auth().oauth2(Tokens.admin());
        };
    }
}
