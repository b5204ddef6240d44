package com.handbookflow.core.act;

import com.handbookflow.core.engine.IllegalTransitionException;
import com.handbookflow.core.engine.ProcessEngine;
import com.handbookflow.core.engine.NodeInstance;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.core.domain.ObjectNotFoundException;
import com.handbookflow.core.security.NodePermissions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * The shape of every business act on a node, the same in each scenario: lock the business object's
 * row, check the user may see it (else 404) and may act on the active node (else 403), require the
 * act's node to be the active one (else the engine's 409 naming {@code currentNode} and
 * {@code currentState}), all before anything is touched; then act, and let the object track the
 * process. The events the act caused reach the outbox at commit (the engine's doing).
 */
@ApplicationScoped
public class BusinessActs {

    /** A business act: changes the object and moves the process, at {@code now}. */
    @FunctionalInterface
    public interface Act<B> {
        void on(B object, ProcessInstance process, Instant now);
    }

    /**
     * Who may do an act when the node's department or person alone does not say (a review row's
     * reviewer, the leader in charge, a cooperating department's contribution): checked once the act's
     * node is known to be the active one, so the rule may read that node and its work items.
     */
    @FunctionalInterface
    public interface MayAct<B> {
        void require(B object, ProcessInstance process, NodeInstance activeNode);
    }

    /** The object and its process after the act, for the caller's view. */
    public record Acted<B>(B object, ProcessInstance process) {
    }

    private final ProcessEngine engine;
    private final NodePermissions permissions;
    private final Clock clock;

    BusinessActs(ProcessEngine engine, NodePermissions permissions, Clock clock) {
        this.engine = engine;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Runs {@code act} on the object {@code number} when {@code nodeKey} is its active node. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <B> Acted<B> onNode(BusinessObjects<B> objects, String number, String nodeKey, Act<B> act) {
        B object = lockVisible(objects, number);
        ProcessInstance process = engine.load(objects.processInstanceId(object));
        process.activeNode().ifPresent(permissions::requireMayActOn);
        if (!process.isActiveAt(nodeKey)) {
            throw IllegalTransitionException.notActive(process, nodeKey, objects.kind() + " " + number,
                    objects.kindZh() + " " + number);
        }
        act.on(object, process, clock.instant());
        objects.track(object, process);
        return new Acted<>(object, process);
    }

    /**
     * Runs {@code act} on the object {@code number} when {@code nodeKey} is its active node and
     * {@code mayAct} lets the user do it: the same template with the scenario's own rule of who may act
     * instead of {@link NodePermissions}. The 409 of an act out of order comes before the 403, as the
     * rule may depend on the active node's content.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <B> Acted<B> onNode(BusinessObjects<B> objects, String number, String nodeKey, MayAct<B> mayAct,
                               Act<B> act) {
        B object = lockVisible(objects, number);
        ProcessInstance process = engine.load(objects.processInstanceId(object));
        if (!process.isActiveAt(nodeKey)) {
            throw IllegalTransitionException.notActive(process, nodeKey, objects.kind() + " " + number,
                    objects.kindZh() + " " + number);
        }
        mayAct.require(object, process, process.activeNode().orElseThrow());
        act.on(object, process, clock.instant());
        objects.track(object, process);
        return new Acted<>(object, process);
    }

    /** The object locked for an act that is not tied to a node (e.g. an update to the customer), if the user sees it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <B> B lockVisible(BusinessObjects<B> objects, String number) {
        B object = objects.lockForAct(number);
        if (!objects.sees(object)) {
            throw new ObjectNotFoundException(objects.kind(), number);
        }
        return object;
    }
}
