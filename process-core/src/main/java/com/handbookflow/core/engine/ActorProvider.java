package com.handbookflow.core.engine;

import com.handbookflow.core.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;

/** Who is acting in the current request, as recorded on transitions and events: the token's user. */
@RequestScoped
public class ActorProvider {

    private final CurrentUser user;

    ActorProvider(CurrentUser user) {
        this.user = user;
    }

    public Actor current() {
        return user.actor();
    }
}
