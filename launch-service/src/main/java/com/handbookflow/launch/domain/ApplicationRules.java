package com.handbookflow.launch.domain;

import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.domain.FieldError;
import com.handbookflow.core.domain.RuleBrokenException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of table 1: a goal with a number (a goal without one cannot be evaluated later), and
 * one to {@code maxCoreFunctions} core functions (MVP first, 避免"大而全").
 */
public final class ApplicationRules {

    private ApplicationRules() {
    }

    /** Every rule the application breaks, each with its field and reason; empty when it is complete. */
    public static List<FieldError> problems(RequirementApplication application, int maxCoreFunctions) {
        List<FieldError> problems = new ArrayList<>();
        if (blank(application.businessName())) {
            problems.add(new FieldError("businessName", "the business needs a name"));
        }
        if (blank(application.marketNeed()) && blank(application.userPainPoint())) {
            problems.add(new FieldError("marketNeed",
                    "the background needs the market need or the user pain point (需求背景)"));
        }
        BusinessGoal goal = application.goal();
        if (goal == null || goal.metric() == null) {
            problems.add(new FieldError("goal.metric", "the business goal must name what it measures"));
        }
        if (goal == null || goal.targetValue() == null || goal.targetValue().compareTo(BigDecimal.ZERO) <= 0) {
            problems.add(new FieldError("goal.targetValue",
                    "the business goal must be quantified: a target value above zero (业务目标须量化)"));
        }
        if (goal == null || goal.horizonMonths() == null || goal.horizonMonths() <= 0) {
            problems.add(new FieldError("goal.horizonMonths",
                    "the business goal needs a horizon in months, e.g. 3 (达成期限)"));
        }
        List<String> functions = application.coreFunctions();
        if (functions.isEmpty() || functions.stream().anyMatch(ApplicationRules::blank)) {
            problems.add(new FieldError("coreFunctions", "name 1 to " + maxCoreFunctions + " core functions"));
        } else if (functions.size() > maxCoreFunctions) {
            problems.add(new FieldError("coreFunctions", functions.size() + " core functions requested; at most "
                    + maxCoreFunctions + ": build a minimum viable product first, not everything at once (MVP，避免\"大而全\")"));
        }
        ExpectedResources resources = application.resources();
        if (resources == null || resources.people() == null || resources.people() <= 0
                || resources.budget() == null || resources.budget().signum() < 0) {
            problems.add(new FieldError("resources",
                    "expected resources need the people (above zero) and the budget (预期资源：人力、预算)"));
        }
        return problems;
    }

    /** Refuses (422) an application that breaks a rule, naming every field and why. */
    public static void requireComplete(RequirementApplication application, int maxCoreFunctions) {
        List<FieldError> problems = problems(application, maxCoreFunctions);
        if (!problems.isEmpty()) {
            String reasons = String.join("; ", problems.stream().map(p -> p.field() + ": " + p.message()).toList());
            throw new RuleBrokenException(ProblemText.of(ApplicationRules.class, "application-incomplete",
                    maxCoreFunctions, reasons), problems);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
