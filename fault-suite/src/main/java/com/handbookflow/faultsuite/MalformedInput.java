package com.handbookflow.faultsuite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import net.jqwik.api.Arbitraries;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Iterator;
import java.util.regex.Pattern;

/**
 * Malformed input for every operation of a service, read from its live OpenAPI: each path and query
 * parameter and each top-level body field in turn gets wrong types, nulls, huge and control-character
 * strings, out-of-range numbers and dates and unknown enum values, while everything else stays as the
 * documented example; then whole bodies that are not JSON objects, a malformed percent-escape and an
 * over-long request line. jqwik generates the random strings. Every answer must be below 500; every 4xx must be problem+json; no body may name a Java
 * type or carry a stack trace.
 */
final class MalformedInput {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * A Java type or frame in a body tells an attacker what runs inside, and a user nothing. Our own
     * classes are told by a capitalised name after the package: the CloudEvents types of our events
     * (com.handbookflow.process.node-state-changed) are lower case and belong in bodies.
     */
    private static final Pattern LEAK = Pattern.compile(
            "\\b(java|javax|jakarta|org\\.hibernate|org\\.jboss|com\\.fasterxml|io\\.quarkus|io\\.vertx)\\.[a-zA-Z]"
                    + "|\\bcom\\.handbookflow(\\.[a-z]+)+\\.[A-Z]|Exception\\b|\\tat [a-z]");
    private static final List<String> FIXED_TEXT = List.of("", " ", "\u0000", "\u0001\u001f\u007f", "x".repeat(5000),
            "-1", "0", "2147483648", "99999999999999999999999", "1e400", "NaN", "1.5", "true",
            "-000001-01-01T00:00:00Z", "+999999999-12-31", "+999999999-12", "0000-01", "2026-13-45", "NOT_A_VALUE",
            "../../etc/passwd", "'; drop table complaint; --", "<script>alert(1)</script>", "null", "投诉\uD83D\uDE00");
    private static final List<String> FIXED_JSON = List.of("null", "true", "0", "-1", "1.5", "2147483648",
            "99999999999999999999999", "1e400", "\"\"", "\"\\u0000\"", "\"" + "x".repeat(100_000) + "\"", "[]", "{}", "[1]",
            "\"NOT_A_VALUE\"", "\"-000001-01-01T00:00:00Z\"", "\"+999999999-12-31\"", "\"0000-01\"", "[\"NOT_A_VALUE\"]");
    private static final List<String> FIXED_BODIES = List.of("", "null", "[]", "\"text\"", "{", "{\"a\":", "1",
            "[".repeat(5000) + "]".repeat(5000), "{\"\u0000\": 1}", "\u00ff\u00fe");

    private final ServiceProcess service;
    private final String token;
    private final int randomPerField;
    private final Iterator<String> strings;
    final List<String> failures = new ArrayList<>();
    /** Answers below our code that are known and documented: reported, not failed (none at present). */
    final List<String> known = new ArrayList<>();
    int requests;
    int accepted;
    int refused;
    int operations;

    MalformedInput(ServiceProcess service, String token, int randomPerField) {
        this.service = service;
        this.token = token;
        this.randomPerField = randomPerField;
        // any code point, surrogates and control characters included; a failure prints the value it used
        this.strings = Arbitraries.strings().all().ofMaxLength(200).sampleStream().iterator();
    }

    MalformedInput run() throws IOException, InterruptedException {
        HttpResponse<String> document = Api.HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + "/q/openapi?format=json"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser().readContents(document.body(), null, options).getOpenAPI();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().readOperationsMap().entrySet()) {
                operations++;
                attack(path.getKey(), path.getValue(), operation.getKey().name(), operation.getValue());
            }
        }
        raw("GET /api/v1/%zz%E0%A4%A HTTP/1.1", "a malformed percent-escape", failures);
        raw("GET /api/v1/calendar/deadline?start=" + "9".repeat(20_000) + " HTTP/1.1", "an over-long request line", failures);
        return this;
    }

    private void attack(String template, PathItem item, String method, Operation operation) throws InterruptedException {
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        Map<String, String> valid = new LinkedHashMap<>();
        for (Parameter parameter : parameters) {
            if ("path".equals(parameter.getIn()) || "query".equals(parameter.getIn())) {
                valid.put(parameter.getIn() + ":" + parameter.getName(), example(parameter));
            }
        }
        MediaType json = operation.getRequestBody() == null || operation.getRequestBody().getContent() == null ? null
                : operation.getRequestBody().getContent().get("application/json");
        String validBody = json == null ? null : exampleBody(json);
        for (Parameter parameter : parameters) {
            String slot = parameter.getIn() + ":" + parameter.getName();
            if (!valid.containsKey(slot)) {
                continue;
            }
            for (String value : textValues()) {
                Map<String, String> values = new LinkedHashMap<>(valid);
                values.put(slot, value);
                send(method, template, values, validBody, slot + "=" + abbreviate(value));
            }
        }
        if (json != null) {
            JsonNode base = parse(validBody);
            if (base instanceof ObjectNode object) {
                List<String> fields = new ArrayList<>();
                object.fieldNames().forEachRemaining(fields::add);
                if (json.getSchema() != null && json.getSchema().getProperties() != null) {
                    for (Object name : json.getSchema().getProperties().keySet()) {
                        if (!fields.contains(name.toString())) {
                            fields.add(name.toString());
                        }
                    }
                }
                for (String field : fields) {
                    for (String value : jsonValues()) {
                        ObjectNode mutated = object.deepCopy();
                        mutated.set(field, parse(value));
                        send(method, template, valid, mutated.toString(), "body." + field + "=" + abbreviate(value));
                    }
                }
            }
            for (String body : FIXED_BODIES) {
                send(method, template, valid, body, "body=" + abbreviate(body));
            }
        }
    }

    private List<String> textValues() {
        List<String> values = new ArrayList<>(FIXED_TEXT);
        for (int i = 0; i < randomPerField; i++) {
            values.add(strings.next());
        }
        return values;
    }

    private List<String> jsonValues() {
        List<String> values = new ArrayList<>(FIXED_JSON);
        for (int i = 0; i < randomPerField; i++) {
            try {
                values.add(JSON.writeValueAsString(strings.next()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    private void send(String method, String template, Map<String, String> values, String body, String what)
            throws InterruptedException {
        String path = template;
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> value : values.entrySet()) {
            String name = value.getKey().substring(value.getKey().indexOf(':') + 1);
            String encoded = URLEncoder.encode(value.getValue(), StandardCharsets.UTF_8).replace("+", "%20");
            if (value.getKey().startsWith("path:")) {
                path = path.replace("{" + name + "}", encoded.isEmpty() ? "%20" : encoded);
            } else {
                query.append(query.length() == 0 ? '?' : '&').append(name).append('=').append(encoded);
            }
        }
        HttpRequest.Builder request = Api.request(service.baseUrl() + path + query, token);
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        requests++;
        try {
            HttpResponse<String> response = Api.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            judge(method + " " + template + " " + what, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(), failures);
        } catch (IOException e) {
            failures.add(method + " " + template + " " + what + ": no answer (" + e + ")");
        }
    }

    /** A request the HTTP client would refuse to send (a bad escape, a huge line), over a plain socket. */
    private void raw(String requestLine, String what, List<String> findings) {
        requests++;
        try (Socket socket = new Socket("127.0.0.1", service.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                    + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int headerEnd = answer.indexOf("\r\n\r\n");
            String head = headerEnd < 0 ? answer : answer.substring(0, headerEnd);
            String body = headerEnd < 0 ? "" : answer.substring(headerEnd + 4);
            String[] statusLine = head.split("\r\n", 2)[0].split(" ");
            int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : 0;
            String contentType = head.lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring(13).trim()).findFirst().orElse("");
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                body = body.replaceAll("(?m)^[0-9a-fA-F]+\r$", "");
            }
            judge(what, status, contentType, body, findings);
        } catch (IOException | RuntimeException e) {
            findings.add(what + ": no answer (" + e + ")");
        }
    }

    private void judge(String what, int status, String contentType, String body, List<String> failures) {
        if (status >= 500 || status < 200) {
            failures.add(what + ": " + status + " " + abbreviate(body));
            return;
        }
        if (LEAK.matcher(body).find()) {
            failures.add(what + ": " + status + " names a Java type or frame: " + abbreviate(body));
            return;
        }
        if (status >= 400) {
            refused++;
            if (!contentType.startsWith("application/problem+json")) {
                failures.add(what + ": " + status + " as '" + contentType + "', not problem+json: " + abbreviate(body));
            } else if (!parse(body).path("title").isTextual()) {
                failures.add(what + ": " + status + " problem+json without a title: " + abbreviate(body));
            }
        } else {
            accepted++;
        }
    }

    private static String example(Parameter parameter) {
        if (parameter.getExample() != null) {
            return parameter.getExample().toString();
        }
        Schema<?> schema = parameter.getSchema();
        if (schema != null && schema.getExample() != null) {
            return schema.getExample().toString();
        }
        if (schema != null && schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0).toString();
        }
        if (schema != null && ("integer".equals(schema.getType()) || "number".equals(schema.getType()))) {
            return "1";
        }
        return "x";
    }

    private static String exampleBody(MediaType json) {
        if (json.getExamples() != null && !json.getExamples().isEmpty()) {
            Object value = json.getExamples().values().iterator().next().getValue();
            return value instanceof String text ? text : toJson(value);
        }
        if (json.getExample() != null) {
            return json.getExample() instanceof String text ? text : toJson(json.getExample());
        }
        return "{}";
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            return "{}";
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 160) + "...(" + text.length() + " chars)";
    }
}
