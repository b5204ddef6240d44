package com.handbookflow.notification.directory.rest;

import com.handbookflow.notification.security.NotificationAccess;
import com.handbookflow.core.problem.NotFoundException;
import com.handbookflow.notification.directory.DepartmentDirectory;
import com.handbookflow.notification.directory.DepartmentRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/departments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Departments / 部门通讯录", description = "Who heads each department and who is in charge: resolves escalations")
public class DepartmentResource {

    private static final String EXAMPLE = """
            {"code":"customer-service","nameZh":"客服部","nameEn":"Customer service","head":"u2001",
             "leaderInCharge":"u3001","email":"kefu@example.com","phone":"021-55550000"}""";

    private final DepartmentDirectory directory;

    private final NotificationAccess access;

    DepartmentResource(DepartmentDirectory directory, NotificationAccess access) {
        this.access = access;
        this.directory = directory;
    }

    @GET
    @Operation(operationId = "listDepartments", summary = "All departments / 全部部门",
            description = "The company's departments with their Chinese and English names, head, leader in charge and e-mail; seeded from handbook.departments.\n\n公司全部部门（中英文名称与联系人）。")
    public List<DepartmentView> all() {
        return directory.all().stream().map(DepartmentView::of).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getDepartment", summary = "One department / 查询部门",
            description = "One department by its code.\n\n按编码查询部门。")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "customer-service", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such department / 部门不存在")
    public DepartmentView one(@PathParam("code") String code) {
        return directory.find(code).map(DepartmentView::of).orElseThrow(() -> new NotFoundException("Department", code));
    }

    @PUT
    @Path("/{code}")
    @Operation(operationId = "saveDepartment", summary = "Create or replace a department / 新增或修改部门",
            description = "Creates the department or replaces it (names, head, leader in charge, e-mail).\n\n新增或修改部门。")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "customer-service", value = EXAMPLE)))
    public DepartmentView save(@PathParam("code") @Pattern(regexp = "[a-z0-9-]{2,64}") String code,
                               @Valid DepartmentRequest request) {
        access.requireSupervision("change the department directory");
        return DepartmentView.of(directory.save(code, request));
    }

    @DELETE
    @Path("/{code}")
    @Operation(operationId = "deleteDepartment", summary = "Remove a department / 删除部门",
            description = "Removes a department from the directory.\n\n删除部门。")
    @APIResponse(responseCode = "204", description = "Removed / 已删除")
    public void delete(@PathParam("code") String code) {
        access.requireSupervision("change the department directory");
        directory.delete(code);
    }
}
