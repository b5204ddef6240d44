package com.handbookflow.complaint.domain;

import com.handbookflow.core.label.Texts;
import com.handbookflow.core.domain.InvalidValueException;

/**
 * Table 3, the complaint registration form (客户投诉登记表), as the complaint holds it. "Other"
 * problem types and demands need their free text.
 */
public record RegistrationForm(String complainant, String contact, Channel channel, ProblemType problemType,
                               String problemTypeOther, String description, CustomerDemand demand,
                               String demandOther, Urgency urgency) {

    private static final Texts TEXTS = Texts.of(RegistrationForm.class);

    public RegistrationForm {
        urgency = urgency == null ? Urgency.GENERAL : urgency;
        problemTypeOther = problemType == ProblemType.OTHER ? problemTypeOther : null;
        demandOther = demand == CustomerDemand.OTHER ? demandOther : null;
        if (problemType == ProblemType.OTHER && isBlank(problemTypeOther)) {
            throw new InvalidValueException("problemTypeOther", TEXTS.en("field.problemTypeOther.required"),
                    TEXTS.zh("field.problemTypeOther.required"));
        }
        if (demand == CustomerDemand.OTHER && isBlank(demandOther)) {
            throw new InvalidValueException("demandOther", TEXTS.en("field.demandOther.required"),
                    TEXTS.zh("field.demandOther.required"));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
