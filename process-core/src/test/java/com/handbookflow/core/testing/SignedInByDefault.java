package com.handbookflow.core.testing;

import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Every {@code @QuarkusTest} request carries an administrator's token unless the test says who is
 * calling ({@code given().auth().oauth2(Tokens.of(...))}) or that nobody is ({@code auth().none()}):
 * scenario tests prove the process, the authorization tests prove who may do it.
 */
public class SignedInByDefault implements QuarkusTestBeforeEachCallback, QuarkusTestAfterEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.authentication = RestAssured.oauth2(Tokens.admin());
    }

    @Override
    public void afterEach(QuarkusTestMethodContext context) {
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
    }
}
