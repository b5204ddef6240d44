package com.handbookflow.launch.service;

import com.handbookflow.core.act.TrackedObjects;
import com.handbookflow.launch.domain.Launch;
import com.handbookflow.launch.security.LaunchAccess;
import jakarta.inject.Singleton;

/** Launches as the kit's act template sees them: locked by number (acts on one launch queue on its row lock), visible by the access rules, tracking their process. */
@Singleton
class LaunchesForActs extends TrackedObjects<Launch> {

    LaunchesForActs(LaunchRepository launches, LaunchAccess access) {
        super("Launch", "新业务", launches::requireForAct, access::sees);
    }
}
