package com.handbookflow.core.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Dependencies point inwards, in every module: only the REST layer ({@code ..rest..} packages) and the
 * few web filters a module names ({@link #webFilters()}) know JAX-RS or the REST types; services and
 * domain return domain objects and throw domain exceptions, and the resources map them. Each module
 * extends this with its base package.
 */
public abstract class LayeringTest {

    private static final String[] WEB = {"jakarta.ws.rs..", "..rest.."};

    /** The module's base package, e.g. {@code com.handbookflow.complaint}. */
    protected abstract String basePackage();

    /**
     * The web filters outside {@code ..rest..} that may use JAX-RS (idempotency, problem mapping), by
     * class name: each is named here on purpose, none slips in by accident.
     */
    protected List<Class<?>> webFilters() {
        return List.of();
    }

    private void check(ArchRule rule) {
        rule.check(mainClasses());
    }

    private JavaClasses mainClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(basePackage());
    }

    @Test
    void only_the_rest_layer_and_the_named_web_filters_use_jax_rs_or_rest_types() {
        Set<String> filters = webFilters().stream().map(Class::getName).collect(Collectors.toSet());
        check(noClasses().that().resideOutsideOfPackage("..rest..")
                .and(DescribedPredicate.describe("are not a named web filter",
                        (JavaClass c) -> !filters.contains(c.getName())
                                && !filters.contains(c.getEnclosingClass().map(JavaClass::getName).orElse(""))))
                .should().dependOnClassesThat().resideInAnyPackage(WEB)
                .because("services and domain return domain objects; only REST resources map them to views"));
    }

    /** The problem package is the REST layer's own: its mapper and REST names use its types. */
    @Test
    void outside_the_rest_layer_refusals_are_domain_exceptions() {
        Set<String> filters = webFilters().stream().map(Class::getName).collect(Collectors.toSet());
        check(noClasses().that().resideOutsideOfPackages("..rest..", "com.handbookflow.core.problem..")
                .and(DescribedPredicate.describe("are not a named web filter",
                        (JavaClass c) -> !filters.contains(c.getName())))
                .should().dependOnClassesThat().resideInAPackage("com.handbookflow.core.problem..")
                .because("services and domain throw the kit's domain exceptions (com.handbookflow.core.domain), "
                        + "which the one problem mapper renders"));
    }

    @Test
    void the_domain_depends_on_neither_rest_nor_services_nor_problem_details() {
        check(noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "..rest..", "..service..",
                        "com.handbookflow.core.problem..")
                .allowEmptyShould(true)
                .because("the domain is the innermost layer: it throws the kit's domain exceptions "
                        + "(com.handbookflow.core.domain), which the one problem mapper renders"));
    }
}
