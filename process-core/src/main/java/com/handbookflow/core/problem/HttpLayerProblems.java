package com.handbookflow.core.problem;

import com.handbookflow.core.label.ProblemText;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Requests refused by the HTTP layer before any resource sees them get the same problem+json as every
 * other error, not an empty body:
 * <ul>
 * <li>a URI that {@code java.net.URI} cannot parse (a malformed percent-escape such as {@code /api/v1/%zz}): 400
 * {@code malformed-uri}. Quarkus's root handler would refuse it first with a bare 400; {@link UriCheckHandover}
 * hands that check over to this route, which makes the same one before anything else of ours reads the URI.</li>
 * <li>a request line longer than {@code handbook.http.max-uri-length} (8 KB): 414. The HTTP codec's own
 * bound, {@code quarkus.http.limits.max-initial-line-length}, is set far above it (64 KB) so that such
 * lines reach this check; a line beyond the codec's bound is still cut off with a bare 414.</li>
 * </ul>
 * A malformed escape that parses as a URI but not as UTF-8 reaches {@link UnreadableRequestFilter}, which
 * answers with a problem.
 */
public class HttpLayerProblems {

    void register(@Observes Router router) {
        int maxUriLength = ConfigProvider.getConfig().getOptionalValue("handbook.http.max-uri-length", Integer.class)
                .orElse(8192);
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String uri = context.request().uri();
            try {
                new URI(uri); // the check Quarkus's root handler made before UriCheckHandover
            } catch (URISyntaxException e) {
                answer(context, 400, ProblemText.of(HttpLayerProblems.class, "malformed-uri"));
                return;
            }
            int length = uri.length();
            if (length <= maxUriLength) {
                context.next();
                return;
            }
            answer(context, 414, ProblemText.of(HttpLayerProblems.class, "uri-too-long", length, maxUriLength));
        });
    }

    private static void answer(RoutingContext context, int status, ProblemText text) {
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(new JsonObject()
                        .put("type", Problem.TYPE_BASE + text.type())
                        .put("title", text.title())
                        .put("status", status)
                        .put("detail", text.detail())
                        .put("titleZh", text.titleZh())
                        .put("detailZh", text.detailZh())
                        .encode());
    }
}
