package com.handbookflow.launch.service;

import com.handbookflow.core.act.BusinessObjects;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.launch.domain.Launch;
import com.handbookflow.launch.security.LaunchAccess;
import jakarta.enterprise.context.RequestScoped;

import java.util.UUID;

/** What the kit's act template ({@code BusinessActs}) needs to know about launches. */
@RequestScoped
class LaunchesForActs implements BusinessObjects<Launch> {

    private final LaunchRepository launches;
    private final LaunchAccess access;

    LaunchesForActs(LaunchRepository launches, LaunchAccess access) {
        this.launches = launches;
        this.access = access;
    }

    @Override
    public String kind() {
        return "Launch";
    }

    @Override
    public String kindZh() {
        return "新业务";
    }

    /** Acts on one launch queue on its row lock. */
    @Override
    public Launch lockForAct(String number) {
        return launches.requireForAct(number);
    }

    @Override
    public boolean sees(Launch launch) {
        return access.sees(launch);
    }

    @Override
    public UUID processInstanceId(Launch launch) {
        return launch.processInstanceId();
    }

    /** Keeps the list columns (status, active node, its due instant) current. */
    @Override
    public void track(Launch launch, ProcessInstance process) {
        launch.track(process);
    }
}
