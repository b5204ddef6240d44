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

    @Test
    @DisplayName("docs/asyncapi.yaml parses with @asyncapi/parser with no error and no warning")
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
    @DisplayName("the process event types the document names are exactly the ones EventTypes publishes")
    void the_documented_event_types_are_the_published_ones() throws Exception {
        Set<String> documented = documentedTypes();
        Set<String> published = new TreeSet<>();
        for (Field field : EventTypes.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                published.add((String) field.get(null));
            }
        }
        assertTrue(documented.containsAll(published), "not documented: " + minus(published, documented));
        // notification-service's own types (reminder-sent, ...) are checked in its module; here the process ones
        Set<String> documentedProcessTypes = new TreeSet<>(documented);
        documentedProcessTypes.removeIf(type -> !type.startsWith("com.handbookflow.process."));
        Set<String> publishedProcessTypes = new TreeSet<>(published);
        publishedProcessTypes.removeIf(type -> !type.startsWith("com.handbookflow.process."));
        assertEquals(publishedProcessTypes, documentedProcessTypes, "documented but never published");
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

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}
