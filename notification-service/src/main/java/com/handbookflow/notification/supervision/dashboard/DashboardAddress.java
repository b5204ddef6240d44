package com.handbookflow.notification.supervision.dashboard;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The supervision dashboard (监督看板) is a static page, {@code META-INF/resources/dashboard/}: it reads
 * only the public REST API with the user's token, so it needs no server code of its own but this: the
 * short address {@code /dashboard} leads to the page.
 */
@ApplicationScoped
public class DashboardAddress {

    public static final String PATH = "/dashboard";

    void route(@Observes Router router) {
        // a regex: a plain path route would match "/dashboard/" too and redirect forever
        router.getWithRegex("^" + PATH + "$").handler(context -> {
            String query = context.request().query();
            context.redirect(PATH + "/" + (query == null ? "" : "?" + query));
        });
    }
}
