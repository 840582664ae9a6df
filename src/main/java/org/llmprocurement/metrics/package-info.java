/**
 * Metrics for operators, scraped from {@code /actuator/prometheus}: the engine's own metrics and
 * job executor counters, and business gauges (procurements by stage and tier, open and overdue
 * tasks by group, open review gaps, contracts by status). Reads only; knows the stages through
 * the lifecycle registry.
 */
package org.llmprocurement.metrics;
