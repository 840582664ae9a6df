/**
 * Business days for contracted deadlines (renewal escalation, deletion reminders, vendor RCA and
 * remediation deadlines): weekends and the public holidays of one configured calendar, from the
 * jollyday library. Shared by the stages; knows none of them.
 */
package org.llmprocurement.calendar;
