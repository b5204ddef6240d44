package com.handbookflow.core.security;

import com.handbookflow.core.problem.ProblemException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** 403: the user is known but may not do this; the message says who may. */
public class AccessDeniedException extends ProblemException {

    AccessDeniedException(String detail, String detailZh) {
        super(403, "access-denied", "Access denied", "无权操作", detail, detailZh, null);
    }

    public static AccessDeniedException roles(String what, Role... roles) {
        String en = Arrays.stream(roles).map(Role::name).collect(Collectors.joining(", "));
        String zh = Arrays.stream(roles).map(Role::zh).collect(Collectors.joining("、"));
        return (AccessDeniedException) new AccessDeniedException(
                "Only " + en + " may " + what + ".", "仅" + zh + "可以执行此操作：" + what + "。")
                .with("allowedRoles", Arrays.stream(roles).map(Role::name).toList());
    }

    public static AccessDeniedException department(String what, String department) {
        return (AccessDeniedException) new AccessDeniedException(
                "Only members of department '" + department + "' (or its head, or an administrator) may " + what + ".",
                "仅部门 " + department + " 的成员（或其负责人、系统管理员）可以执行此操作：" + what + "。")
                .with("allowedDepartments", List.of(department));
    }

    public static AccessDeniedException integration(String request) {
        return new AccessDeniedException("Integration accounts may call only what handbook.security.integration-allowed "
                + "lists; " + request + " is not among it.",
                "系统集成账号只能调用配置（handbook.security.integration-allowed）允许的接口；" + request + " 不在其中。");
    }
}
