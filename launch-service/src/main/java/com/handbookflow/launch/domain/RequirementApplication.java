package com.handbookflow.launch.domain;

import java.util.List;

/**
 * The content of table 1, 《新业务需求申请表》, as the originating department fills it; the number,
 * department, originator and date are the launch's own.
 */
public record RequirementApplication(String businessName, String marketNeed, String userPainPoint, BusinessGoal goal,
                                     List<String> coreFunctions, ExpectedResources resources) {

    public RequirementApplication {
        coreFunctions = coreFunctions == null ? List.of() : List.copyOf(coreFunctions);
    }
}
