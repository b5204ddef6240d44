package com.handbookflow.launch.domain;

import java.math.BigDecimal;

/** Expected resources of table 1 (预期资源): people, budget in CNY, technical support. */
public record ExpectedResources(Integer people, BigDecimal budget, String technicalSupport) {
}
