package org.llmprocurement.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.InitializingBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.stereotype.Component;

/**
 * Creates, once, the groups, the administrator, the demo users (demo profile only), the
 * authorizations and the shared Tasklist filters. Every step checks before it writes, so a restart
 * never duplicates anything.
 */
@Component
class IdentityBootstrap implements InitializingBean {

  private static final Logger LOG = LoggerFactory.getLogger(IdentityBootstrap.class);
  static final String DEMO_PASSWORD = "demo";

  /**
   * Demo user per group, and a second buyer: segregation of duties keeps whoever submitted an intake
   * from signing it off for procurement, so the demo needs two people there.
   */
  static final Map<String, String> DEMO_USERS = Map.of(
      "demo-procurement", org.llmprocurement.identity.Groups.PROCUREMENT,
      "demo-buyer", org.llmprocurement.identity.Groups.PROCUREMENT,
      "demo-it", org.llmprocurement.identity.Groups.IT,
      "demo-security", org.llmprocurement.identity.Groups.SECURITY,
      "demo-legal", org.llmprocurement.identity.Groups.LEGAL,
      "demo-data-governance", org.llmprocurement.identity.Groups.DATA_GOVERNANCE,
      "demo-manager", org.llmprocurement.identity.Groups.MANAGERS);

  static final String FILTER_GROUP_TASKS = "My group's tasks";
  static final String FILTER_MY_TASKS = "Assigned to me";
  static final String FILTER_ALL_TASKS = "All procurement tasks";

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;
  private final ConfigurableEnvironment environment;
  private final String adminId;

  IdentityBootstrap(
      IdentityService identity,
      AuthorizationService authorizations,
      FilterService filters,
      TaskService tasks,
      ConfigurableEnvironment environment,
      @Value("${llmp.admin.id:admin}") String adminId) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
    this.environment = environment;
    this.adminId = adminId;
  }

  /** Runs once the engine exists and before the web server accepts requests. */
  @Override
  public void afterPropertiesSet() {
    boolean demo = AdminPasswordPolicy.isDemo(environment);
    group(org.llmprocurement.identity.Groups.ADMIN, Groups.GROUP_TYPE_SYSTEM);
    for (String groupId : org.llmprocurement.identity.Groups.WORKING) {
      group(groupId, Groups.GROUP_TYPE_WORKFLOW);
    }
    if (demo) {
      user(adminId, "Administrator", DEMO_PASSWORD, org.llmprocurement.identity.Groups.ADMIN);
      DEMO_USERS.forEach((userId, groupId) -> user(userId, org.llmprocurement.identity.Groups.displayName(groupId), DEMO_PASSWORD, groupId));
    } else {
      removeDemoAccounts();
      user(adminId, "Administrator", environment.getProperty("ADMIN_PASSWORD"), org.llmprocurement.identity.Groups.ADMIN);
      recoverAdministrator(environment.getProperty("ADMIN_PASSWORD"));
    }
    grantAdministrators();
    grantWorkingGroups();
    grantManagers();
    createFilters();
    LOG.info("Identity ready: groups {}, demo users {}", org.llmprocurement.identity.Groups.WORKING, demo ? DEMO_USERS.keySet() : "none (not the demo profile)");
  }

  /**
   * Outside demo: a database first used by the demo profile still holds its accounts with the
   * password "demo". The demo users are deleted; any other account (except the administrator,
   * whose password is set next) still accepting "demo" gets a random password, so an
   * administrator has to set a real one. Both are logged.
   */
  private void removeDemoAccounts() {
    for (String userId : DEMO_USERS.keySet()) {
      if (identity.createUserQuery().userId(userId).count() > 0) {
        identity.deleteUser(userId);
        LOG.warn("Removed demo user '{}' (left over from the demo profile on this database)", userId);
      }
    }
    for (User user : identity.createUserQuery().list()) {
      if (!user.getId().equals(adminId) && identity.checkPassword(user.getId(), DEMO_PASSWORD)) {
        user.setPassword(java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID());
        identity.saveUser(user);
        LOG.warn("Disabled user '{}': its password was the demo password; an administrator must set a new one", user.getId());
      }
    }
  }

  /**
   * The administrator's password follows ADMIN_PASSWORD on every start, and any lock on the
   * account is lifted: restarting with ADMIN_PASSWORD is the way back in for a locked-out admin.
   */
  private void recoverAdministrator(String password) {
    User admin = identity.createUserQuery().userId(adminId).singleResult();
    admin.setPassword(password);
    identity.saveUser(admin);
    identity.unlockUser(adminId);
    LOG.info("Administrator '{}': password set from ADMIN_PASSWORD, any login lock lifted", adminId);
  }

  private void group(String id, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(org.llmprocurement.identity.Groups.displayName(id));
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  private void user(String id, String lastName, String password, String groupId) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(id.startsWith("demo-") ? "Demo" : "");
      user.setLastName(lastName);
      user.setEmail(id + "@example.org");
      user.setPassword(password);
      identity.saveUser(user);
    }
    if (identity.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(id, groupId);
    }
  }

  private void grantAdministrators() {
    for (Resource resource : Resources.values()) {
      grant(org.llmprocurement.identity.Groups.ADMIN, resource, Authorization.ANY, Permissions.ALL);
    }
  }

  private void grantWorkingGroups() {
    for (String groupId : org.llmprocurement.identity.Groups.WORKING) {
      grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    }
    // grants on the lifecycle's process definitions: lifecycle.LifecycleGrants
    grant(org.llmprocurement.identity.Groups.PROCUREMENT, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
  }

  /** Managers watch everything, read-only: no variable edits, no modification, no others' tasks. */
  private void grantManagers() {
    String managers = org.llmprocurement.identity.Groups.MANAGERS;
    grant(managers, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(managers, Resources.PROCESS_DEFINITION, Authorization.ANY,
        Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.READ_HISTORY);
    grant(managers, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
    grant(managers, Resources.TASK, Authorization.ANY, Permissions.READ);
    grant(managers, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ, Permissions.READ_HISTORY);
    grant(managers, Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, Permissions.READ);
    grant(managers, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Grants.grant(authorizations, groupId, resource, resourceId, permissions);
  }

  private void createFilters() {
    filter(FILTER_GROUP_TASKS, -10, "Tasks offered to your groups",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(),
        org.llmprocurement.identity.Groups.WORKING);
    filter(FILTER_MY_TASKS, -5, "Tasks you have claimed",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
        org.llmprocurement.identity.Groups.WORKING);
    filter(FILTER_ALL_TASKS, 0, "Every open task of every procurement (read-only for managers)",
        tasks.createTaskQuery(),
        List.of(org.llmprocurement.identity.Groups.MANAGERS));
  }

  /** Priority, description, refresh and the procurement columns ({@link TaskListColumns}). */
  static Map<String, Object> filterProperties(int priority, String description) {
    return Map.of("priority", priority, "description", description, "refresh", true,
        "variables", TaskListColumns.FILTER_VARIABLES);
  }

  private void filter(String name, int priority, String description, TaskQuery query, List<String> readers) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(name);
      filter.setOwner(adminId);
      filter.setQuery(query);
      filter.setProperties(filterProperties(priority, description));
      filters.saveFilter(filter);
    } else if (!TaskListColumns.FILTER_VARIABLES.equals(filter.getProperties().get("variables"))) {
      // an existing database: the filter gains the procurement columns, keeping what an admin set
      Map<String, Object> properties = new java.util.LinkedHashMap<>(filter.getProperties());
      properties.put("variables", TaskListColumns.FILTER_VARIABLES);
      filter.setProperties(properties);
      filters.saveFilter(filter);
    }
    for (String groupId : readers) {
      grant(groupId, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }
}
