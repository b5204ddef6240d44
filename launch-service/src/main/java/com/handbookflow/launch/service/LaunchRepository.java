package com.handbookflow.launch.service;

import com.handbookflow.core.number.NumberedRepository;
import com.handbookflow.launch.domain.Launch;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class LaunchRepository implements NumberedRepository<Launch> {

    @Override
    public String noun() {
        return "Launch";
    }
}
