package com.handbookflow.core.engine.definition;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.handbookflow.core.calendar.LimitSpec;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 */
@ApplicationScoped
public class ProcessDefinitions {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final Map<String, ProcessDefinition> loaded = new ConcurrentHashMap<>();

    public ProcessDefinition get(String type) {
        return loaded.computeIfAbsent(type, t -> load(t, ConfigProvider.getConfig()));
    }

    static ProcessDefinition load(String type, Config config) {
        String resource = "processes/" + type + ".json";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no process definition " + resource + " on the classpath");
            }
            ProcessDefinition defaults = JSON.readValue(in, ProcessDefinition.class);
            return withOverrides(defaults, config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read process definition " + resource, e);
        }
    }

    private static ProcessDefinition withOverrides(ProcessDefinition definition, Config config) {
        List<NodeDefinition> nodes = new ArrayList<>();
        for (NodeDefinition node : definition.nodes()) {
            String prefix = "handbook.process." + definition.type() + ".nodes." + node.key() + ".";
            String limit = config.getOptionalValue(prefix + "limit", String.class).orElse(node.limit());
            LimitSpec.parse(limit); // a wrong limit in configuration stops the start, not a request later
            nodes.add(new NodeDefinition(node.key(), node.nameZh(), node.nameEn(),
                    config.getOptionalValue(prefix + "responsible-department", String.class)
                            .orElse(node.responsibleDepartment()),
                    config.getOptionalValues(prefix + "cooperating-departments", String.class)
                            .orElse(node.cooperatingDepartments()),
                    limit, node.limitFrom(), node.requiredOutputs(), node.transitions(),
                    itemsWithOverrides(node, prefix, config), node.join(), node.guards()));
        }
        return new ProcessDefinition(definition.type(), definition.nameZh(), definition.nameEn(), nodes,
                definition.endStates());
    }

    /** {@code <prefix>items.<item>.limit} and {@code .responsible-department} override an item's defaults. */
    private static List<WorkItemDefinition> itemsWithOverrides(NodeDefinition node, String prefix, Config config) {
        List<WorkItemDefinition> items = new ArrayList<>();
        for (WorkItemDefinition item : node.items()) {
            String itemPrefix = prefix + "items." + item.key() + ".";
            String limit = config.getOptionalValue(itemPrefix + "limit", String.class).orElse(item.limit());
            if (limit != null) {
                LimitSpec.parse(limit);
            }
            items.add(new WorkItemDefinition(item.key(), item.nameZh(), item.nameEn(),
                    config.getOptionalValue(itemPrefix + "responsible-department", String.class)
                            .orElse(item.responsibleDepartment()),
                    limit));
        }
        return items;
    }
}
