package com.handbookflow.core.act;

import com.handbookflow.core.engine.ProcessInstance;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@link BusinessObjects} for objects that track their process themselves: a scenario names its kind
 * and says how to lock one by number and who sees it; the rest is the object's own.
 */
public abstract class TrackedObjects<B extends TracksProcess> implements BusinessObjects<B> {

    private final String kind;
    private final String kindZh;
    private final Function<String, B> lockForAct;
    private final Predicate<B> sees;

    /**
     * @param lockForAct the object by number with its row locked until the transaction ends
     *                   ({@link com.handbookflow.core.domain.ObjectNotFoundException} when there is none)
     * @param sees       whether the current user may see the object
     */
    protected TrackedObjects(String kind, String kindZh, Function<String, B> lockForAct, Predicate<B> sees) {
        this.kind = kind;
        this.kindZh = kindZh;
        this.lockForAct = lockForAct;
        this.sees = sees;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public String kindZh() {
        return kindZh;
    }

    @Override
    public B lockForAct(String number) {
        return lockForAct.apply(number);
    }

    @Override
    public boolean sees(B object) {
        return sees.test(object);
    }

    @Override
    public UUID processInstanceId(B object) {
        return object.processInstanceId();
    }

    @Override
    public void track(B object, ProcessInstance process) {
        object.track(process);
    }
}
