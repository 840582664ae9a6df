package org.llmprocurement.notification;

import java.util.List;

/** One e-mail to a set of recipients. */
public record Notification(List<String> to, String subject, String body) {}
