package org.llmprocurement.lifecycle;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.llmprocurement.identity.Grants;
import org.llmprocurement.identity.Groups;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * At start-up, the grants on the lifecycle's process definitions: every working group reads the
 * main process and every process a stage declares (their tasks show in Tasklist); procurement
 * starts procurements. Group and task grants are the identity bootstrap's.
 */
@Component
class LifecycleGrants implements InitializingBean {

  private final AuthorizationService authorizations;
  private final LifecycleRegistry lifecycle;

  LifecycleGrants(AuthorizationService authorizations, LifecycleRegistry lifecycle) {
    this.authorizations = authorizations;
    this.lifecycle = lifecycle;
  }

  @Override
  public void afterPropertiesSet() {
    for (String groupId : Groups.WORKING) {
      Grants.grant(authorizations, groupId, Resources.PROCESS_DEFINITION, ProcurementLifecycle.KEY, Permissions.READ);
      lifecycle.stages().stream().flatMap(stage -> stage.processes().stream()).forEach(key ->
          Grants.grant(authorizations, groupId, Resources.PROCESS_DEFINITION, key, Permissions.READ));
    }
    Grants.grant(authorizations, Groups.PROCUREMENT, Resources.PROCESS_DEFINITION, ProcurementLifecycle.KEY,
        Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
  }
}
