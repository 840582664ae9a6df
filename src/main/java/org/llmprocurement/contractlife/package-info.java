/**
 * The life of a signed contract: the long-running {@code contract-life} process started from the
 * register, its pre-renewal review, audit evidence cadence, pilot promotion and deletion requests.
 * Register changes reach the running processes as the BPMN message {@code ContractAmended}.
 */
package org.llmprocurement.contractlife;
