package com.handbookflow.project.gantt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One row of table 5 (项目任务清单) as the Gantt chart needs it, whatever the task model behind it.
 *
 * @param key             the task's identifier within its project, named by {@code predecessors} of other tasks
 * @param department      the responsible department's code, e.g. {@code design}
 * @param person          the responsible person's name; may be null
 * @param start           planned start (开始时间), a calendar date in the calendar's zone
 * @param deadline        deadline (截止时间): due at the end of that date's working day
 * @param completedAt     when the task was done; null while it is not
 * @param predecessors    keys of the tasks that must be done before this one starts (finish-to-start)
 * @param progressPercent 0..100 as last reported; null when nobody reported one
 */
public record GanttTask(String key, String name, String department, String person, LocalDate start,
                        LocalDate deadline, Instant completedAt, GanttStatus status, List<String> predecessors,
                        Integer progressPercent) {

    public GanttTask {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(status, "status");
        if (deadline.isBefore(start)) {
            throw new IllegalArgumentException("task " + key + ": deadline " + deadline + " is before its start " + start);
        }
        if (progressPercent != null && (progressPercent < 0 || progressPercent > 100)) {
            throw new IllegalArgumentException("task " + key + ": progress " + progressPercent + " is not 0..100");
        }
        predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
    }

    public static Builder builder(String key) {
        return new Builder(key);
    }

    /** Ten fields: built by name, never by position. */
    public static final class Builder {
        private final String key;
        private String name;
        private String department;
        private String person;
        private LocalDate start;
        private LocalDate deadline;
        private Instant completedAt;
        private GanttStatus status = GanttStatus.PENDING;
        private final List<String> predecessors = new ArrayList<>();
        private Integer progressPercent;

        private Builder(String key) {
            this.key = key;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder department(String department) {
            this.department = department;
            return this;
        }

        public Builder person(String person) {
            this.person = person;
            return this;
        }

        public Builder start(LocalDate start) {
            this.start = start;
            return this;
        }

        public Builder deadline(LocalDate deadline) {
            this.deadline = deadline;
            return this;
        }

        public Builder completedAt(Instant completedAt) {
            this.completedAt = completedAt;
            return this;
        }

        public Builder status(GanttStatus status) {
            this.status = status;
            return this;
        }

        public Builder after(String... predecessorKeys) {
            this.predecessors.addAll(List.of(predecessorKeys));
            return this;
        }

        public Builder progressPercent(Integer progressPercent) {
            this.progressPercent = progressPercent;
            return this;
        }

        public GanttTask build() {
            return new GanttTask(key, name, department, person, start, deadline, completedAt, status, predecessors,
                    progressPercent);
        }
    }
}
