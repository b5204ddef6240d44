package com.handbookflow.complaint.config;

import com.handbookflow.complaint.domain.Grade;
import com.handbookflow.complaint.domain.ProblemType;
import com.handbookflow.complaint.domain.Urgency;
import com.handbookflow.core.label.LabeledValue;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The handbook's complaint rules as configuration, with its values as defaults where it sets them
 * (extra-urgent PT2H is ours: the handbook says "at once"; see the README). Fixed node limits
 * (ACKNOWLEDGE PT10M, REGISTER PT24H, CLASSIFY P1WD, ASSIGN P1WD, EXECUTE P5WD, CONFIRM P2WD,
 * CLOSE P3WD; ASSIGN, EXECUTE and CLOSE are ours) are the process definition's, overridden with
 * {@code handbook.process.complaint.nodes.<KEY>.limit}; what depends on the complaint lives here.
 */
@ConfigMapping(prefix = "complaint")
public interface ComplaintConfig {

    /** Prefix of complaint numbers: TS20260930-0001. */
    @WithDefault("TS")
    String numberPrefix();

    Routing routing();

    PlanLimits planLimits();

    UrgencyLimits urgencyLimits();

    /** How often DISSATISFIED may send a complaint back to handling with a new plan. */
    @WithDefault("1")
    int maxRehandles();

    /** The customer must hear from us at least this often while the complaint is open after assignment. */
    @WithDefault("P2D")
    String updateInterval();

    /** Root-cause categories of the closure, code -> labels (defaults in application.properties). */
    Map<String, Label> rootCauses();

    /** A root-cause category by its configured labels; one no longer configured by its code. */
    default LabeledValue rootCause(String code) {
        Label label = rootCauses().get(code);
        return label == null ? new LabeledValue(code, code, code) : new LabeledValue(code, label.zh(), label.en());
    }

    Review review();

    Intake intake();

    /** The grading criteria (分级标准): code -> labels and how it is met (defaults in application.properties). */
    Grading grading();

    /**
     * 分级标准明确: a complaint meeting any criterion is MAJOR, one meeting none GENERAL. A criterion
     * is ticked by the classifier, or decided from data: {@code amount-above} (the amount involved,
     * CNY, exceeds it) or {@code repeat-within} (the same contact complained before within this period).
     */
    interface Grading {
        Map<String, Criterion> criteria();
    }

    interface Criterion {
        String zh();

        String en();

        /** Met when the amount involved exceeds this (CNY); not ticked by hand. */
        Optional<BigDecimal> amountAbove();

        /** Met (also) when the same contact complained before within this period before receipt. */
        Optional<Duration> repeatWithin();
    }

    /** Problem type -> responsible department (产品 -> 产品部, 服务 -> 运营部 ...). */
    interface Routing {
        @WithDefault("product")
        String productQuality();

        @WithDefault("operations")
        String serviceAttitude();

        @WithDefault("logistics")
        String logisticsDelay();

        @WithDefault("after-sales")
        String afterSales();

        @WithDefault("customer-service")
        String other();

        default String departmentFor(ProblemType type) {
            return switch (type) {
                case PRODUCT_QUALITY -> productQuality();
                case SERVICE_ATTITUDE -> serviceAttitude();
                case LOGISTICS_DELAY -> logisticsDelay();
                case AFTER_SALES -> afterSales();
                case OTHER -> other();
            };
        }
    }

    /** The handling plan is due this long after assignment, by grade. */
    interface PlanLimits {
        @WithDefault("P3WD")
        String general();

        @WithDefault("P5WD")
        String major();

        default String of(Grade grade) {
            return grade == Grade.MAJOR ? major() : general();
        }
    }

    /**
     * Urgent complaints go from receipt to their handling plan within these budgets: every node on the
     * way is due at the earlier of its own limit and the end of the budget ({@code UrgencyBudget}).
     */
    interface UrgencyLimits {
        @WithDefault("PT24H")
        String urgent();

        @WithDefault("PT2H")
        String extraUrgent();

        default Optional<String> of(Urgency urgency) {
            return switch (urgency) {
                case GENERAL -> Optional.empty();
                case URGENT -> Optional.of(urgent());
                case EXTRA_URGENT -> Optional.of(extraUrgent());
            };
        }
    }

    /** Bounds of a complaint's time of receipt, as other systems report it. */
    interface Intake {
        /** A receipt this far ahead of our clock is a clock difference, taken as now; further ahead is refused. */
        @WithDefault("PT5M")
        Duration clockSkew();

        /** A receipt older than this is refused: no complaint enters its clocks long overdue by mistake. */
        @WithDefault("P30D")
        Duration oldestReceipt();
    }

    interface Label {
        String zh();

        String en();
    }

    interface Review {
        /** The review of month M is due on this day of month M+1. */
        @WithDefault("5")
        int dueDayOfMonth();

        /** A cause (category and sub-cause) seen this often in a month is recurring. */
        @WithDefault("2")
        int recurringThreshold();
    }
}
