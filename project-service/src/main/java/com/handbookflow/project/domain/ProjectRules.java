package com.handbookflow.project.domain;

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

    /** A goal is quantified when it holds a number (Arabic or full-width digits): 提升20%, 10万, Q3. */
    private static final Pattern QUANTITY = Pattern.compile("[0-9０-９]");

    private ProjectRules() {
    }

    public static void requireQuantifiedGoal(String goal) {
        if (goal == null || !QUANTITY.matcher(goal).find()) {
            throw new RuleBrokenException("goal-not-quantified", "Goal not quantified", "目标未量化",
                    "The project goal must be quantified, e.g. 'Q3 sales +20%'; '" + goal + "' holds no number.",
                    "项目目标须量化（如“Q3销售额提升20%”），“" + goal + "”中没有可衡量的数值。",
                    List.of(ProjectRules.fieldError("application.goal", "must be quantified (hold a number)",
                            "须量化（包含数值）")));
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
            errors.add(ProjectRules.fieldError(prefix + "deliverableStandard", "is required (交付标准: how the result is checked)",
                    "交付标准必填（验收时据此核对成果）"));
        }
        if (deadline == null) {
            errors.add(ProjectRules.fieldError(prefix + "deadline", "is required", "截止时间必填"));
        } else if (start != null && deadline.isBefore(start)) {
            errors.add(ProjectRules.fieldError(prefix + "deadline", "must not be before the start (" + start + ")",
                    "截止时间不能早于开始时间（" + start + "）"));
        }
        vague(name, vagueWording).ifPresent(w -> errors.add(vagueError(prefix + "name", w)));
        vague(deliverableStandard, vagueWording).ifPresent(w -> errors.add(vagueError(prefix + "deliverableStandard", w)));
        if (!errors.isEmpty()) {
            throw new RuleBrokenException("task-not-smart", "Task not SMART", "任务不符合SMART原则",
                    "A task needs a measurable deliverable standard and a deadline; vague wording such as '尽快完成' "
                            + "or 'ASAP' is not a deadline.",
                    "任务须有可衡量的交付标准和明确的截止时间，“尽快完成”“ASAP”等模糊表述不能代替截止时间。", errors);
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

    private static FieldError vagueError(String field, String word) {
        return ProjectRules.fieldError(field, "'" + word + "' is vague: name a date and a measurable result",
                "“" + word + "”为模糊表述，请写明具体日期和可衡量的成果");
    }
}
