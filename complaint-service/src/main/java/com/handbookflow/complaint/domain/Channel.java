package com.handbookflow.complaint.domain;

import com.handbookflow.core.label.Labeled;

/** How the complaint reached us (table 3) / 投诉渠道. */
public enum Channel implements Labeled {
    PHONE,
    ONLINE,
    EMAIL;
}
