package org.llmprocurement.guard;

import java.util.Locale;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.llmprocurement.identity.Caller;

/**
 * What a user may do to a task besides completing it, once the engine adapter has checked that the
 * user may work the task (so read-only managers never get here): claim it for themselves, unclaim it
 * when it is theirs, comment on it, attach a link (http or https) or a file up to the size limit.
 * Comments and attachments on a process instance, and claims for someone else, are for
 * administrators.
 */
public final class TaskWorkPolicy {

  /** Longest comment, in characters (Camunda stores the message in a 4,000-character column). */
  public static final int MAX_COMMENT_CHARS = 4000;

  private final long maxAttachmentBytes;

  /** @param maxAttachmentBytes largest attachment content accepted, in bytes */
  public TaskWorkPolicy(long maxAttachmentBytes) {
    this.maxAttachmentBytes = maxAttachmentBytes;
  }

  public long maxAttachmentBytes() {
    return maxAttachmentBytes;
  }

  public void check(GuardedCommand.Claim claim, Caller caller) {
    if (claim.userId() == null) { // unclaim
      check(new GuardedCommand.Assign(claim.task(), null), caller);
      return;
    }
    if (caller.isRestrictedUser() && !caller.userId().equals(claim.userId())) {
      throw new AuthorizationException("'" + caller.userId() + "' may claim task '" + claim.task().getName()
          + "' only for themselves, not for '" + claim.userId() + "'");
    }
  }

  public void check(GuardedCommand.Assign assign, Caller caller) {
    if (!caller.isRestrictedUser()) {
      return;
    }
    String current = assign.task().getAssignee();
    boolean claimForSelf = caller.userId().equals(assign.assignee()) && current == null;
    boolean unclaimOwn = assign.assignee() == null && caller.userId().equals(current);
    if (!claimForSelf && !unclaimOwn) {
      throw new AuthorizationException("'" + caller.userId() + "' may only claim an unassigned task for themselves or"
          + " give back their own; task '" + assign.task().getName() + "' is assigned to "
          + (current == null ? "nobody" : "'" + current + "'"));
    }
  }

  public void check(GuardedCommand.Comment comment, Caller caller) {
    if (!caller.isRestrictedUser()) {
      return;
    }
    if (comment.task() == null) {
      throw new AuthorizationException("'" + caller.userId() + "' may comment on tasks they work, not on process instances");
    }
    if (comment.message() == null || comment.message().isBlank()) {
      throw new BadUserRequestException("message: a comment needs text");
    }
    if (comment.message().length() > MAX_COMMENT_CHARS) {
      throw new BadUserRequestException("message: at most " + MAX_COMMENT_CHARS + " characters, got " + comment.message().length());
    }
  }

  public void check(GuardedCommand.Attachment attachment, Caller caller) {
    if (!caller.isRestrictedUser()) {
      return;
    }
    if (attachment.task() == null) {
      throw new AuthorizationException("'" + caller.userId() + "' may attach to tasks they work, not to process instances");
    }
    if (attachment.url() != null) {
      String scheme = attachment.url().strip().toLowerCase(Locale.ROOT);
      if (!scheme.startsWith("https://") && !scheme.startsWith("http://")) {
        throw new BadUserRequestException("url: only http and https links may be attached");
      }
    }
    if (attachment.contentBytes() > maxAttachmentBytes) {
      throw new BadUserRequestException("content: at most " + maxAttachmentBytes + " bytes may be attached");
    }
  }
}
