package com.handbookflow.complaint.domain;

import com.handbookflow.core.domain.InvalidValueException;

/**
 * Table 3, the complaint registration form (客户投诉登记表), as the complaint holds it. "Other"
 * problem types and demands need their free text.
 */
public record RegistrationForm(String complainant, String contact, Channel channel, ProblemType problemType,
                               String problemTypeOther, String description, CustomerDemand demand,
                               String demandOther, Urgency urgency) {

    public RegistrationForm {
        urgency = urgency == null ? Urgency.GENERAL : urgency;
        problemTypeOther = problemType == ProblemType.OTHER ? problemTypeOther : null;
        demandOther = demand == CustomerDemand.OTHER ? demandOther : null;
        if (problemType == ProblemType.OTHER && isBlank(problemTypeOther)) {
            throw new InvalidValueException("problemTypeOther", "describe the problem type when it is OTHER",
                    "问题类型为“其他”时必须填写具体类型");
        }
        if (demand == CustomerDemand.OTHER && isBlank(demandOther)) {
            throw new InvalidValueException("demandOther", "describe the demand when it is OTHER",
                    "客户诉求为“其他”时必须填写具体诉求");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
