package com.handbookflow.complaint.rest;

import com.handbookflow.complaint.domain.Channel;
import com.handbookflow.complaint.domain.CustomerDemand;
import com.handbookflow.complaint.domain.ProblemType;
import com.handbookflow.complaint.domain.RegistrationForm;
import com.handbookflow.complaint.domain.Urgency;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import static java.util.Objects.requireNonNullElse;

/**
 * Completes the registration form: customer service checks table 3 with the customer and corrects
 * what was wrong. Every field is optional; a field left out keeps what was received.
 */
@Schema(name = "RegistrationRequest", description = "Registration complete, with corrections to table 3 / 完成登记（可修正登记表内容）")
public record RegistrationRequest(
        @Size(max = 100) @Pattern(regexp = ".*\\S.*") @Schema(example = "王芳") String complainant,
        @Size(max = 100) @Pattern(regexp = ".*\\S.*") @Schema(example = "138-0013-8000") String contact,
        @Schema(example = "PHONE") Channel channel,
        @Schema(example = "LOGISTICS_DELAY") ProblemType problemType,
        @Size(max = 200) String problemTypeOther,
        @Size(max = 4000) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*")
        @Schema(example = "9月25日下单的冰箱（订单 88001234）至今未送达，物流信息停留在杭州中转站 5 天。") String description,
        @Schema(example = "REFUND") CustomerDemand demand,
        @Size(max = 200) String demandOther,
        @Schema(example = "URGENT") Urgency urgency) {

    public static final RegistrationRequest EMPTY =
            new RegistrationRequest(null, null, null, null, null, null, null, null, null);

    /** The form as received, with this request's corrections. */
    public RegistrationForm applyTo(RegistrationForm received) {
        return new RegistrationForm(requireNonNullElse(complainant, received.complainant()),
                requireNonNullElse(contact, received.contact()), requireNonNullElse(channel, received.channel()),
                requireNonNullElse(problemType, received.problemType()),
                problemTypeOther != null ? problemTypeOther : received.problemTypeOther(),
                requireNonNullElse(description, received.description()),
                requireNonNullElse(demand, received.demand()),
                demandOther != null ? demandOther : received.demandOther(),
                requireNonNullElse(urgency, received.urgency()));
    }
}
