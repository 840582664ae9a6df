package org.llmprocurement.notices;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.llmprocurement.identity.Grants;
import org.llmprocurement.identity.Groups;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * At start-up: the groups that receive vendor e-mail (procurement, IT, security, legal, data
 * governance) may record notices by hand from Tasklist, i.e. start every recording process; managers
 * stay read-only. Reading the processes comes from the lifecycle's grants.
 */
@Component
class NoticeGrants implements InitializingBean {

  static final List<String> RECORDERS = List.of(Groups.PROCUREMENT, Groups.IT, Groups.SECURITY, Groups.LEGAL,
      Groups.DATA_GOVERNANCE);

  private final AuthorizationService authorizations;
  private final List<VendorNoticeHandler> handlers;

  NoticeGrants(AuthorizationService authorizations, List<VendorNoticeHandler> handlers) {
    this.authorizations = authorizations;
    this.handlers = handlers;
  }

  @Override
  public void afterPropertiesSet() {
    for (String group : RECORDERS) {
      for (VendorNoticeHandler handler : handlers) {
        Grants.grant(authorizations, group, Resources.PROCESS_DEFINITION, handler.recordingProcess(),
            Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
      }
      Grants.grant(authorizations, group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    }
  }
}
