package com.handbookflow.project.domain;

import com.handbookflow.core.act.TracksProcess;
import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.engine.NodeInstance;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.core.obligation.RecurringDuty;
import com.handbookflow.core.domain.RuleBrokenException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A cross-department project (跨部门协作项目): the initiation application, the alignment minutes with
 * each department's consent, the team, the acceptance countersignature, the ratings and the
 * retrospective. Its tasks, risks and meetings are rows of their own. Where the project stands in
 * the process is its {@link ProcessInstance}; the project keeps a copy of the active node and its due
 * instant so lists filter on indexed columns.
 */
@Entity
@Table(name = "project")
public class Project implements TracksProcess {

    @Id
    private UUID id;
    private String number;
    @Column(name = "process_instance_id")
    private UUID processInstanceId;
    private String name;
    @Column(name = "initiating_department")
    private String initiatingDepartment;
    /** ",marketing,design,technology,": the initiating department and every participating one still in. */
    @Column(name = "department_codes")
    private String departmentCodes;

    @JdbcTypeCode(SqlTypes.JSON)
    private ProjectApplication application;
    @JdbcTypeCode(SqlTypes.JSON)
    private Alignment alignment;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<Consent> consents = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    private Team team;

    /** The weekly meeting owed next and when (每周固定时间). */
    @Embedded
    @AttributeOverride(name = "seq", column = @Column(name = "meeting_seq"))
    @AttributeOverride(name = "dueAt", column = @Column(name = "meeting_due_at"))
    @AttributeOverride(name = "startedAt", column = @Column(name = "meeting_started_at"))
    @AttributeOverride(name = "calendarVersion", column = @Column(name = "meeting_calendar_version"))
    private RecurringDuty meetings = new RecurringDuty();

    @JdbcTypeCode(SqlTypes.JSON)
    private Countersignature countersignature;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<Rating> ratings = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    private Retrospective retrospective;

    @Column(name = "created_at")
    private Instant createdAt;
    @Enumerated(EnumType.STRING)
    private ProjectStatus status;
    @Column(name = "current_node")
    private String currentNode;
    @Column(name = "current_due_at")
    private Instant currentDueAt;

    @Version
    private long version;

    protected Project() {
    }

    /** Filed with its application: the initiating department and the departments concerned. */
    public static Project initiate(String number, ProcessInstance process, String name, String initiatingDepartment,
                                   List<String> participants, ProjectApplication application, Instant now) {
        Project project = new Project();
        project.id = UUID.randomUUID();
        project.number = number;
        project.processInstanceId = process.id();
        project.name = name;
        project.initiatingDepartment = initiatingDepartment;
        Set<String> all = new LinkedHashSet<>();
        all.add(initiatingDepartment);
        all.addAll(participants);
        project.departmentCodes = "," + String.join(",", all) + ",";
        project.application = application;
        project.createdAt = now;
        project.track(process);
        return project;
    }

    public void reviseApplication(String newName, ProjectApplication revised) {
        name = newName;
        application = revised;
    }

    public void recordAlignment(Alignment minutes) {
        alignment = minutes;
    }

    /** A department's answer; one that declines no longer takes part (its tasks and contact are not asked for). */
    public void recordConsent(Consent consent) {
        consents.removeIf(c -> c.department().equals(consent.department()));
        consents.add(consent);
        if (!consent.agreed()) {
            departmentCodes = departmentCodes.replace("," + consent.department() + ",", ",");
        }
    }

    public void requireAlignmentMinutes() {
        if (alignment == null) {
            throw new RuleBrokenException(ProblemText.of(Project.class, "alignment-minutes-missing"), List.of());
        }
    }

    public void formTeam(Team newTeam) {
        team = newTeam;
    }

    public void countersign(Countersignature signature) {
        countersignature = signature;
    }

    public void rate(Rating rating) {
        ratings.removeIf(r -> r.department().equals(rating.department()));
        ratings.add(rating);
    }

    public void review(Retrospective report) {
        retrospective = report;
    }

    @Override
    public void track(ProcessInstance process) {
        Optional<NodeInstance> active = process.activeNode();
        status = active.isPresent() ? ProjectStatus.ACTIVE : ProjectStatus.COMPLETED;
        currentNode = active.map(NodeInstance::nodeKey).orElse(null);
        currentDueAt = active.map(NodeInstance::dueAt).orElse(null);
    }

    /** The departments taking part other than the initiating one (those that declined left). */
    public List<String> participants() {
        return departments().stream().filter(d -> !d.equals(initiatingDepartment)).toList();
    }

    /** Every department taking part, the initiating one first. */
    public List<String> departments() {
        return List.of(departmentCodes.substring(1, departmentCodes.length() - 1).split(",")).stream()
                .filter(d -> !d.isEmpty()).toList();
    }

    public boolean takesPart(String department) {
        return department != null && departmentCodes.contains("," + department + ",");
    }

    /** The project leader (项目负责人) once the team is formed. */
    public Optional<String> leaderId() {
        return Optional.ofNullable(team).map(t -> t.leader().userId());
    }

    public UUID id() { return id; }
    public String number() { return number; }
    @Override
    public UUID processInstanceId() { return processInstanceId; }
    public String name() { return name; }
    public String initiatingDepartment() { return initiatingDepartment; }
    public ProjectApplication application() { return application; }
    public Alignment alignment() { return alignment; }
    public List<Consent> consents() { return List.copyOf(consents); }
    public Team team() { return team; }
    public RecurringDuty meetings() { return meetings; }
    public Countersignature countersignature() { return countersignature; }
    public List<Rating> ratings() { return List.copyOf(ratings); }
    public Retrospective retrospective() { return retrospective; }
    public Instant createdAt() { return createdAt; }
    public ProjectStatus status() { return status; }
    public String currentNode() { return currentNode; }
    public Instant currentDueAt() { return currentDueAt; }
}
