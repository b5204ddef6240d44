package com.handbookflow.core.event;

import com.handbookflow.core.testing.NodeTools;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * docs/asyncapi.yaml is the contract of what the services put on Kafka. It must stay a valid AsyncAPI
 * document ({@code @asyncapi/parser}, installed in tools/spectral by bin/test) and name the same event
 * types the code publishes, so the two cannot drift apart unnoticed.
 */
class AsyncApiDocumentTest {

    /** A message's CloudEvents type, as the document names it ({@code name: com.handbookflow....}). */
    private static final Pattern MESSAGE_NAME = Pattern.compile("(?m)^\\s+name: (com\\.handbookflow\\.[a-z.-]+)\\s*$");

    private static final String NOTIFICATION_EVENT_TYPES =
            "notification-service/src/main/java/com/handbookflow/notification/event/NotificationEventTypes.java";
    private static final Pattern STRING_CONSTANT =
            Pattern.compile("public static final String [A-Z_]+ = \"(com\\.handbookflow\\.[a-z.-]+)\";");

    @Test
    @DisplayName("docs/asyncapi.yaml parses with @asyncapi/parser with no error and no warning, every message's example and the services' golden events match its schemas")
    void the_asyncapi_document_is_valid() {
        Path tools = NodeTools.repositoryRoot().resolve("tools/spectral");
        if (!Files.isDirectory(tools.resolve("node_modules/@asyncapi/parser"))) {
            fail("@asyncapi/parser is not installed in tools/spectral: run bin/test (it installs it), or `npm ci` in "
                    + "tools/spectral");
        }
        NodeTools.Result result = NodeTools.run(tools, Map.of(), List.of("node", "validate-asyncapi.mjs"));
        assertEquals(0, result.exitCode(), "@asyncapi/parser on docs/asyncapi.yaml:\n" + result.output());
    }

    @Test
    @DisplayName("the event types the document names are exactly the ones the code publishes (EventTypes, NotificationEventTypes)")
    void the_documented_event_types_are_the_published_ones() throws Exception {
        Set<String> published = new TreeSet<>();
        for (Field field : EventTypes.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                published.add((String) field.get(null));
            }
        }
        // notification-service's own types: process-core cannot depend on that module, so its constants are read
        // from the source (a constant renamed or added there fails here)
        String notificationTypes = Files.readString(NodeTools.repositoryRoot().resolve(NOTIFICATION_EVENT_TYPES));
        Matcher constant = STRING_CONSTANT.matcher(notificationTypes);
        int notificationCount = 0;
        while (constant.find()) {
            published.add(constant.group(1));
            notificationCount++;
        }
        assertTrue(notificationCount > 0, "no constants read from " + NOTIFICATION_EVENT_TYPES);
        assertEquals(published, documentedTypes(), "event types published (left) and documented (right)");
    }

    /** The CloudEvents types named by the document's messages. */
    static Set<String> documentedTypes() throws Exception {
        String document = Files.readString(NodeTools.repositoryRoot().resolve("docs/asyncapi.yaml"));
        Set<String> types = new TreeSet<>();
        Matcher matcher = MESSAGE_NAME.matcher(document);
        while (matcher.find()) {
            types.add(matcher.group(1));
        }
        return types;
    }

}
