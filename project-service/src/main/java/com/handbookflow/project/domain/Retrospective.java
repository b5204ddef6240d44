package com.handbookflow.project.domain;

import java.time.Instant;
import java.util.List;

/** 《项目复盘报告》: what went well and the process problems (对事不对人: about the process, not persons). */
public record Retrospective(List<String> wentWell, List<String> processProblems, String byId, String byName,
                            Instant at) {

    public Retrospective {
        wentWell = wentWell == null ? List.of() : List.copyOf(wentWell);
        processProblems = processProblems == null ? List.of() : List.copyOf(processProblems);
    }
}
