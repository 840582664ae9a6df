/**
 * The workspace under {@code /app}: server-rendered pages (Thymeleaf) for the portfolio, charts and
 * each procurement, signed in with the Camunda webapps' login ({@link org.llmprocurement.security.WorkspaceSession}).
 * Pages share {@code templates/workspace/layout.html}; rules stay in their capability packages.
 */
package org.llmprocurement.workspace;
