package com.handbookflow.core.engine.definition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.core.department.Departments;
import com.handbookflow.core.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Loads process definitions: the handbook's shape and defaults from {@code processes/<type>.json}
 * on the classpath, then the company's overrides from configuration, so limits and departments
 * change without code:
 * <pre>
 * handbook.process.complaint.nodes.CLASSIFY.limit=P2WD
 * handbook.process.complaint.nodes.CLASSIFY.responsible-department=quality
 * handbook.process.complaint.nodes.CLASSIFY.cooperating-departments=operations,product
 * handbook.process.launch.nodes.PLAN_REVIEW.items.technical.limit=P2WD
 * handbook.process.launch.nodes.PLAN_REVIEW.items.technical.responsible-department=technology
 * </pre>
 * The service's types ({@code handbook.processes}) are loaded and checked at start
 * ({@link com.handbookflow.core.startup.StartupValidation}): a wrong limit, an unknown department, an
 * override of a node that does not exist, a broken transition stop the start with a message naming
 * the property or file, never a request later.
 */
@ApplicationScoped
public class ProcessDefinitions {

    private static final Logger LOG = Logger.getLogger(ProcessDefinitions.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final Map<String, ProcessDefinition> current = new ConcurrentHashMap<>();
    private final Config config;
    private final Departments departments;
    private final List<String> types;

    public ProcessDefinitions(Config config, Departments departments,
                       @ConfigProperty(name = "handbook.processes") Optional<List<String>> types) {
        this.config = config;
        this.departments = departments;
        this.types = types.orElse(List.of());
    }

    /** The current definition of {@code type}; a type not listed in {@code handbook.processes} is loaded and checked on first use. */
    public ProcessDefinition get(String type) {
        return current.computeIfAbsent(type, t -> {
            LOG.warnf("process type '%s' is not listed in handbook.processes: loaded on first use, not at start", t);
            Loaded loaded = load(t, config, departments);
            if (!loaded.problems().isEmpty()) {
                throw new InvalidDefinitionException(loaded.problems());
            }
            return loaded.definition();
        });
    }

    /** The process types this service runs ({@code handbook.processes}). */
    public List<String> types() {
        return types;
    }

    /** Whether {@code type} is loaded (every listed type is, once the service has started). */
    public boolean isLoaded(String type) {
        return current.containsKey(type);
    }

    /**
     * Loads and checks every listed type; installs them only when all are sound. Returns the problems
     * (empty when none); the start-up observer refuses to start on any.
     */
    public List<String> loadAll() {
        List<String> problems = new ArrayList<>();
        Map<String, ProcessDefinition> sound = new LinkedHashMap<>();
        for (String type : types) {
            Loaded loaded = load(type, config, departments);
            problems.addAll(loaded.problems());
            if (loaded.problems().isEmpty()) {
                sound.put(type, loaded.definition());
            }
        }
        if (problems.isEmpty()) {
            current.putAll(sound);
        }
        return problems;
    }

    /**
     * Makes {@code definition} the current one of its type, for instances started from now on;
     * instances already running keep the version they started with (the engine's {@code DefinitionVersions}).
     */
    public void install(ProcessDefinition definition) {
        List<String> problems = problems(definition, "process " + definition.type(), config, departments);
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(problems);
        }
        current.put(definition.type(), definition);
    }

    /** A definition read from its file with the configuration's overrides, and what is wrong with it. */
    public record Loaded(ProcessDefinition definition, List<String> problems) {
    }

    /** Reads {@code processes/<type>.json}, applies the overrides in {@code config} and checks the result. */
    public static Loaded load(String type, Config config, Departments departments) {
        String resource = "processes/" + type + ".json";
        ProcessDefinition defaults;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return new Loaded(null, List.of("handbook.processes: no process definition " + resource
                        + " on the classpath for type '" + type + "'"));
            }
            defaults = JSON.readValue(in, ProcessDefinition.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
            String message = cause instanceof JsonProcessingException json ? json.getOriginalMessage() : cause.getMessage();
            return new Loaded(null, List.of(resource + ": " + message));
        } catch (IOException e) {
            return new Loaded(null, List.of(resource + ": cannot be read (" + e.getMessage() + ")"));
        }
        if (!defaults.type().equals(type)) {
            return new Loaded(null, List.of(resource + ": declares type '" + defaults.type() + "', expected '" + type + "'"));
        }
        ProcessDefinition definition = withOverrides(defaults, config);
        return new Loaded(definition, problems(definition, resource, config, departments));
    }

    private static ProcessDefinition withOverrides(ProcessDefinition definition, Config config) {
        List<NodeDefinition> nodes = new ArrayList<>();
        for (NodeDefinition node : definition.nodes()) {
            String prefix = nodePrefix(definition.type(), node.key());
            nodes.add(new NodeDefinition(node.key(), node.nameZh(), node.nameEn(),
                    config.getOptionalValue(prefix + "responsible-department", String.class)
                            .orElse(node.responsibleDepartment()),
                    config.getOptionalValues(prefix + "cooperating-departments", String.class)
                            .orElse(node.cooperatingDepartments()),
                    config.getOptionalValue(prefix + "limit", String.class).orElse(node.limit()),
                    node.limitFrom(), node.requiredOutputs(), node.transitions(),
                    itemsWithOverrides(node, prefix, config), node.join(), node.guards()));
        }
        return new ProcessDefinition(definition.type(), definition.nameZh(), definition.nameEn(), nodes,
                definition.endStates());
    }

    /**
     * What is wrong with a definition, each problem naming where to fix it: the property when the value
     * comes from configuration, else the definition's file. New kinds of node content add their checks here.
     */
    static List<String> problems(ProcessDefinition definition, String source, Config config, Departments departments) {
        List<String> problems = new ArrayList<>();
        String type = definition.type();
        for (NodeDefinition node : definition.nodes()) {
            String prefix = nodePrefix(type, node.key());
            String limitKey = keyOf(config, prefix + "limit", source, node, "limit");
            try {
                LimitSpec.parse(node.limit());
            } catch (DomainException e) {
                problems.add(limitKey + ": '" + node.limit() + "' is not a limit (e.g. PT10M, PT24H, P2D, P3WD)");
            }
            departments.problemWith(keyOf(config, prefix + "responsible-department", source, node,
                    "responsibleDepartment"), node.responsibleDepartment()).ifPresent(problems::add);
            String cooperatingKey = keyOf(config, prefix + "cooperating-departments", source, node,
                    "cooperatingDepartments");
            node.cooperatingDepartments().forEach(code ->
                    departments.problemWith(cooperatingKey, code).ifPresent(problems::add));
            for (WorkItemDefinition item : node.items()) {
                String itemPrefix = prefix + "items." + item.key() + ".";
                if (item.limit() != null) {
                    try {
                        LimitSpec.parse(item.limit());
                    } catch (DomainException e) {
                        problems.add(keyOf(config, itemPrefix + "limit", source, node, "items." + item.key() + ".limit")
                                + ": '" + item.limit() + "' is not a limit (e.g. PT10M, PT24H, P2D, P3WD)");
                    }
                }
                if (item.responsibleDepartment() != null) {
                    departments.problemWith(keyOf(config, itemPrefix + "responsible-department", source, node,
                            "items." + item.key() + ".responsibleDepartment"), item.responsibleDepartment())
                            .ifPresent(problems::add);
                }
            }
        }
        Set<String> reached = definition.nodes().stream().flatMap(n -> n.transitions().stream())
                .map(TransitionDefinition::to).collect(Collectors.toSet());
        for (EndStateDefinition end : definition.endStates()) {
            if (!reached.contains(end.key())) {
                problems.add(source + " endStates." + end.key() + ": no transition leads to this end state");
            }
        }
        problems.addAll(unknownNodeOverrides(definition, config));
        return problems;
    }

    /** An override of a node the definition does not have (a typo such as CLASIFY) would silently do nothing. */
    private static List<String> unknownNodeOverrides(ProcessDefinition definition, Config config) {
        String prefix = "handbook.process." + definition.type() + ".nodes.";
        Set<String> keys = definition.nodes().stream().map(NodeDefinition::key).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(prefix)) {
                String rest = name.substring(prefix.length());
                int dot = rest.indexOf('.');
                String node = dot < 0 ? rest : rest.substring(0, dot);
                if (!keys.contains(node)) {
                    unknown.add(name + ": process " + definition.type() + " has no node " + node + " (nodes: "
                            + definition.nodes().stream().map(NodeDefinition::key).collect(Collectors.joining(", "))
                            + ")");
                }
            }
        }
        return List.copyOf(unknown);
    }

    private static String keyOf(Config config, String property, String source, NodeDefinition node, String field) {
        return config.getConfigValue(property).getValue() != null ? property
                : source + " nodes." + node.key() + "." + field;
    }

    private static String nodePrefix(String type, String nodeKey) {
        return "handbook.process." + type + ".nodes." + nodeKey + ".";
    }

    /** {@code <prefix>items.<item>.limit} and {@code .responsible-department} override an item's defaults. */
    private static List<WorkItemDefinition> itemsWithOverrides(NodeDefinition node, String prefix, Config config) {
        List<WorkItemDefinition> items = new ArrayList<>();
        for (WorkItemDefinition item : node.items()) {
            String itemPrefix = prefix + "items." + item.key() + ".";
            String limit = config.getOptionalValue(itemPrefix + "limit", String.class).orElse(item.limit());
            items.add(new WorkItemDefinition(item.key(), item.nameZh(), item.nameEn(),
                    config.getOptionalValue(itemPrefix + "responsible-department", String.class)
                            .orElse(item.responsibleDepartment()),
                    limit));
        }
        return items;
    }
}
