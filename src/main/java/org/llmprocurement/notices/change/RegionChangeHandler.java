package org.llmprocurement.notices.change;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.domain.Region;
import org.llmprocurement.notices.NoticeType;
import org.llmprocurement.notices.VendorNoticeHandler;
import org.springframework.stereotype.Component;

/**
 * REGION_CHANGE: the payload as {@link RegionChanges#read} reads it; handled by
 * {@code vendor-region-change}, recorded by hand with {@code record-region-change}.
 */
@Component
class RegionChangeHandler implements VendorNoticeHandler {

  @Override
  public NoticeType type() {
    return NoticeType.REGION_CHANGE;
  }

  @Override
  public String handlingProcess() {
    return ChangeProcesses.REGION_KEY;
  }

  @Override
  public String recordingProcess() {
    return ChangeProcesses.RECORD_REGION_KEY;
  }

  @Override
  public List<String> problems(JsonNode payload, Contract contract) {
    return RegionChanges.read(payload).problems();
  }

  @Override
  public Set<String> processes() {
    return Set.of(ChangeProcesses.REGION_KEY, ChangeProcesses.RECORD_REGION_KEY);
  }

  @Override
  public Set<String> forms() {
    return Set.of(ChangeProcesses.FORM_RECORD_REGION, ChangeProcesses.FORM_CHECK_RESIDENCY, ChangeProcesses.FORM_DECIDE_REGION,
        ChangeProcesses.FORM_RENEGOTIATE);
  }

  @Override
  public Set<Class<?>> guards() {
    return Set.of(ChangeStartGuards.RecordRegionChange.class, CheckDataResidencyGuard.class, DecideRegionChangeGuard.class,
        RenegotiateChangeGuard.Region.class);
  }

  /** The change in a few words, e.g. "PROMPTS, LOGS: stored in EU, US, effective 2027-02-01". */
  static String subject(RegionChanges.RegionChange change) {
    List<String> parts = new ArrayList<>();
    if (!change.storageRegions().isEmpty()) {
      parts.add("stored in " + names(change.storageRegions()));
    }
    if (!change.processingRegions().isEmpty()) {
      parts.add("processed in " + names(change.processingRegions()));
    }
    if (!change.supportAccessRegions().isEmpty()) {
      parts.add("support from " + names(change.supportAccessRegions()));
    }
    return String.join(", ", change.dataTypes().stream().map(Enum::name).toList()) + ": " + String.join(", ", parts)
        + ", effective " + change.effectiveDate();
  }

  private static String names(List<Region> regions) {
    return String.join(", ", regions.stream().map(Enum::name).toList());
  }
}
