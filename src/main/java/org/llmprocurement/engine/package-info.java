/**
 * The engine boundary: every use of Camunda's engine internals ({@code org.camunda.bpm.engine.impl})
 * lives in this package, each with the reason it is needed, so that a move to the Operaton fork (same
 * engine, renamed packages) or an engine upgrade touches one place. {@code ArchitectureTest} fails
 * when any other package imports engine internals. See {@code docs/adr/0001-engine-boundary.md}.
 *
 * <p>Uses and their reasons:
 * <ul>
 *   <li>{@link org.llmprocurement.engine.EngineClock}: {@code ClockUtil}, the engine's clock, so that
 *       our tables and the engine's timers read the same time and tests move both together;
 *   <li>{@link org.llmprocurement.engine.SystemAccess}: {@code Context}/{@code CommandContext} to run
 *       the application's own look-ups without the caller's authorizations, also inside a command;
 *   <li>{@link org.llmprocurement.engine.EngineIdentity}: the engine's {@code Authentication} type,
 *       which {@code IdentityService} returns; callers get a {@link org.llmprocurement.identity.Caller};
 *   <li>{@link org.llmprocurement.engine.AfterCommit}: transaction listeners, so e-mails leave only
 *       after the engine transaction committed;
 *   <li>{@link org.llmprocurement.engine.GuardPlugin}, {@link org.llmprocurement.engine.GuardInterceptor},
 *       {@link org.llmprocurement.engine.EngineCommands}, {@link org.llmprocurement.engine.GuardRefusal}:
 *       the engine offers no public hook that sees a command before it runs; the guard reads the
 *       command's fields and answers refusals as {@code FormFieldValidationException}, the one
 *       exception REST and Tasklist turn into a 400 with its message;
 *   <li>{@link org.llmprocurement.engine.AuthorizationStatistics}: a process-engine plugin, the one hook
 *       that runs after the engine created its tables, adds PostgreSQL statistics the engine's
 *       authorization-checked queries need (docs/adr/0005-task-list-authorization.md);
 *   <li>{@link org.llmprocurement.engine.EngineIndexes}: the same hook, adds indexes the engine's
 *       schema lacks: one its task completion needs (sub-tasks by parent, same ADR) and, on
 *       PostgreSQL, three from which a task count reads tasks, candidate links and the groups'
 *       grants alone (docs/adr/0009-task-query-authorization-exists.md, fifth and sixth steps);
 *   <li>{@link org.llmprocurement.engine.TaskQueryAuthorization}: the same hook, the engine's MyBatis
 *       configuration and its statement mappings, to check a task query's grants and candidate
 *       links with {@code EXISTS} instead of the engine's joins,
 *       and pages and counts without {@code DISTINCT} where no join repeats a task, rewritten at start-up
 *       from the engine's own mapping (docs/adr/0009-task-query-authorization-exists.md);
 *   <li>{@link org.llmprocurement.engine.CriteriaQueryPlans}: the same hook and the engine's MyBatis
 *       configuration, an interceptor that sends the engine's criteria queries unprepared so that
 *       PostgreSQL plans them for their values, while every other statement reuses its plan
 *       (docs/adr/0012-plans-reused-except-criteria-queries.md);
 *   <li>{@link org.llmprocurement.engine.AuthorizationGroupPrefilter}: a session factory for the
 *       engine's {@code AuthorizationManager}, whose per-command look-up of every group with a grant
 *       (a read of the whole grant index) it skips for callers in few groups, and which grants a check
 *       it has already granted in the same command without asking again (same ADR);
 *   <li>{@link org.llmprocurement.engine.ComputedFormFields}: a user task's form handler, the one
 *       place the engine asks for a form's values ({@code GetTaskFormVariablesCmd}, recognised by the
 *       running command), adds the values worked out from our tables, so forms read them without
 *       their being stored on the task (docs/adr/0008-what-the-engine-stores.md);
 *   <li>{@link org.llmprocurement.engine.AuditHistoryLevel}: the engine's history level, its one switch
 *       per history event, and a BPMN parse listener, keep what nobody audits (task-local variables,
 *       multi-instance bookkeeping) out of the history; a subclass of the engine's database history
 *       handler ({@code DbHistoryEventHandler}) writes a variable's first value as a detail only when
 *       the value changes (docs/adr/0008-what-the-engine-stores.md);
 *   <li>{@link org.llmprocurement.engine.TimeOrderedIdGenerator}: the engine's {@code IdGenerator}
 *       interface, so its rows get short ids in creation order instead of 36-character time-based
 *       UUIDs that land at random places in every index (docs/adr/0010-compact-time-ordered-engine-ids.md).
 * </ul>
 */
package org.llmprocurement.engine;
