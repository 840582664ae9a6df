package org.llmprocurement.notices;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.llmprocurement.lifecycle.LifecycleStage;
import org.springframework.stereotype.Component;

/**
 * Vendor notices: the handling and recording processes of every {@link VendorNoticeHandler},
 * called from the contract life or started from Tasklist; they add no stage names to the main process.
 */
@Component
class NoticesStage implements LifecycleStage {

  private final List<VendorNoticeHandler> handlers;

  NoticesStage(List<VendorNoticeHandler> handlers) {
    this.handlers = handlers;
  }

  @Override
  public String name() {
    return "notices";
  }

  @Override
  public Set<String> processes() {
    return union(VendorNoticeHandler::processes);
  }

  @Override
  public Set<String> forms() {
    return union(VendorNoticeHandler::forms);
  }

  @Override
  public Set<Class<?>> guards() {
    return union(VendorNoticeHandler::guards);
  }

  private <T> Set<T> union(Function<VendorNoticeHandler, Set<T>> part) {
    Set<T> all = new HashSet<>();
    handlers.forEach(h -> all.addAll(part.apply(h)));
    return Set.copyOf(all);
  }

  @Override
  public Map<String, String> whileActive() {
    return Map.of();
  }

  @Override
  public Map<String, String> afterEnd() {
    return Map.of();
  }

  @Override
  public int order() {
    return 65;
  }
}
