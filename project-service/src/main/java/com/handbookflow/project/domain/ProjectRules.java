package com.handbookflow.project.domain;

import com.handbookflow.core.label.Texts;
import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.domain.FieldError;
import com.handbookflow.core.domain.RuleBrokenException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The handbook's rules on what a project and its tasks must say: a quantified goal (e.g. Q3 销售额
 * 提升 20%), and SMART tasks (a deliverable standard, a deadline, no vague wording such as 尽快完成).
 */
public final class ProjectRules {

    private static final Texts TEXTS = Texts.of(ProjectRules.class);

    /** A goal is quantified when it holds a number (Arabic or full-width digits): 提升20%, 10万, Q3. */
    private static final Pattern QUANTITY = Pattern.compile("[0-9０-９]");

    private ProjectRules() {
    }

    public static void requireQuantifiedGoal(String goal) {
        if (goal == null || !QUANTITY.matcher(goal).find()) {
            throw new RuleBrokenException(ProblemText.of(ProjectRules.class, "goal-not-quantified", goal),
                    List.of(textError("application.goal", "field.goal.not-quantified")));
        }
    }

    /**
     * A task is SMART: it names its deliverable standard and a deadline not before its start, and no
     * field says "as soon as possible" instead of a date or a measure. Every refusal names its field.
     */
    public static void requireSmart(String name, String deliverableStandard, java.time.LocalDate start,
                                    java.time.LocalDate deadline, List<String> vagueWording, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (deliverableStandard == null || deliverableStandard.isBlank()) {
            errors.add(textError(prefix + "deliverableStandard", "field.deliverableStandard.required"));
        }
        if (deadline == null) {
            errors.add(textError(prefix + "deadline", "field.deadline.required"));
        } else if (start != null && deadline.isBefore(start)) {
            errors.add(textError(prefix + "deadline", "field.deadline.before-start", start));
        }
        vague(name, vagueWording).ifPresent(w -> errors.add(vagueError(prefix + "name", w)));
        vague(deliverableStandard, vagueWording).ifPresent(w -> errors.add(vagueError(prefix + "deliverableStandard", w)));
        if (!errors.isEmpty()) {
            throw new RuleBrokenException(ProblemText.of(ProjectRules.class, "task-not-smart"), errors);
        }
    }

    private static java.util.Optional<String> vague(String text, List<String> vagueWording) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return vagueWording.stream().filter(w -> lower.contains(w.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** A field's error in English and Chinese (the problem's field list has one message each). */
    public static FieldError fieldError(String field, String message, String messageZh) {
        return new FieldError(field, message + " / " + messageZh);
    }

    /** A field's error in English and Chinese from the module's bundle, the text under {@code key} in each. */
    public static FieldError textError(String field, String key, Object... arguments) {
        return fieldError(field, TEXTS.en(key, arguments), TEXTS.zh(key, arguments));
    }

    private static FieldError vagueError(String field, String word) {
        return textError(field, "field.vague-wording", word);
    }
}
