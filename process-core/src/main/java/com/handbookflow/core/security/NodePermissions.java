package com.handbookflow.core.security;

import com.handbookflow.core.engine.NodeInstance;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who may act on a node: members of its responsible department (which includes that department's
 * head), the person it is assigned to, or an administrator. Nobody else, whatever their role.
 */
@RequestScoped
public class NodePermissions {

    private final CurrentUser user;

    NodePermissions(CurrentUser user) {
        this.user = user;
    }

    public boolean mayActOn(NodeInstance node) {
        return user.has(Role.ADMIN)
                || user.isIn(node.responsibleDepartment())
                || (node.responsiblePerson() != null && node.responsiblePerson().equals(user.id()));
    }

    public void requireMayActOn(NodeInstance node) {
        if (!mayActOn(node)) {
            throw AccessDeniedException.department("act on node " + node.nodeKey(), node.responsibleDepartment());
        }
    }
}
