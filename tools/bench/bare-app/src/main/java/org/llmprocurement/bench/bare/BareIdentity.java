package org.llmprocurement.bench.bare;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The product's working groups and demo users (password "demo"), group-wide grants only, and the
 * product's two shared Tasklist filters of working groups ("My group's tasks", "Assigned to me"). Candidate-group task visibility comes
 * from the engine's default task authorizations (Camunda's DefaultAuthorizationProvider), untouched.
 */
@Component
class BareIdentity {

  static final List<String> GROUPS = List.of("it", "security", "legal", "data-governance", "procurement", "managers");
  static final Map<String, String> USERS = Map.of("demo-it", "it", "demo-security", "security", "demo-legal", "legal",
      "demo-data-governance", "data-governance", "demo-procurement", "procurement", "demo-buyer", "procurement",
      "demo-manager", "managers");

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;

  BareIdentity(IdentityService identity, AuthorizationService authorizations, FilterService filters, TaskService tasks) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
  }

  @EventListener(ApplicationReadyEvent.class)
  void setUp() {
    for (String groupId : GROUPS) {
      if (identity.createGroupQuery().groupId(groupId).count() == 0) {
        Group group = identity.newGroup(groupId);
        group.setName(groupId);
        group.setType("WORKFLOW");
        identity.saveGroup(group);
        grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(groupId, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
      }
    }
    USERS.forEach((userId, groupId) -> {
      if (identity.createUserQuery().userId(userId).count() == 0) {
        User user = identity.newUser(userId);
        user.setFirstName("Demo");
        user.setLastName(groupId);
        user.setEmail(userId + "@example.org");
        user.setPassword("demo");
        identity.saveUser(user);
        identity.createMembership(userId, groupId);
      }
    });
    if (authorizations.createAuthorizationQuery().groupIdIn("procurement").resourceType(Resources.PROCESS_INSTANCE).count() == 0) {
      grant("procurement", Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
      grant("procurement", Resources.PROCESS_DEFINITION, "bare-procurement", Permissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant("managers", Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
          ProcessDefinitionPermissions.READ_HISTORY);
      grant("managers", Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
      grant("managers", Resources.TASK, Authorization.ANY, Permissions.READ);
    }
    if (filters.createFilterQuery().filterName("My group's tasks").count() == 0) {
      Filter filter = filters.newTaskFilter("My group's tasks")
          .setQuery(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks())
          .setProperties(Map.of("priority", -10, "description", "Tasks offered to your groups"));
      filters.saveFilter(filter);
      Filter mine = filters.newTaskFilter("Assigned to me")
          .setQuery(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"))
          .setProperties(Map.of("priority", -5, "description", "Tasks you have claimed"));
      filters.saveFilter(mine);
      for (String groupId : GROUPS) {
        grant(groupId, Resources.FILTER, filter.getId(), Permissions.READ);
        grant(groupId, Resources.FILTER, mine.getId(), Permissions.READ);
      }
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizations.createAuthorizationQuery().groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).singleResult();
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }
}
