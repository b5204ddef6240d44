package com.handbookflow.launch.service;

import com.handbookflow.core.act.TrackedObjects;
import com.handbookflow.core.label.Texts;
import com.handbookflow.launch.domain.Launch;
import com.handbookflow.launch.security.LaunchAccess;
import jakarta.inject.Singleton;

/** Launches as the kit's act template sees them: locked by number (acts on one launch queue on its row lock), visible by the access rules, tracking their process. */
@Singleton
class LaunchesForActs extends TrackedObjects<Launch> {

    LaunchesForActs(LaunchRepository launches, LaunchAccess access) {
        super(Texts.of(LaunchesForActs.class).en("kind.launch"), Texts.of(LaunchesForActs.class).zh("kind.launch"),
                launches::requireForAct, access::sees);
    }
}
