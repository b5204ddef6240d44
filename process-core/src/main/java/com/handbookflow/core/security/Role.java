package com.handbookflow.core.security;

import com.handbookflow.core.label.Labeled;

/** Roles carried in the token's {@code groups} claim. */
public enum Role implements Labeled {
    STAFF("员工", "Staff"),
    DEPT_HEAD("部门负责人", "Department head"),
    LEADER("分管领导", "Leader in charge"),
    PROCESS_OWNER("流程负责人", "Process owner"),
    SUPERVISOR("监督人", "Supervisor"),
    ADMIN("系统管理员", "Administrator"),
    INTEGRATION("系统集成账号", "Integration account");

    private final String zh;
    private final String en;

    Role(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
