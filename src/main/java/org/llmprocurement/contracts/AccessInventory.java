package org.llmprocurement.contracts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.llmprocurement.contracts.ContractAccessChange.Action;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.web.ApiException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access inventory of each register entry: API keys (by name and owner, never the secret), SSO
 * applications, service accounts, network allow-list entries and integrations, each owned by a
 * working group. {@link #entries} is what the exit's revocation step is generated from. Changes are
 * validated naming every problem (a value that looks like a secret is refused), kept with who, when
 * and why ({@link #history}), and never delete: an entry is retired. Who may change it is the
 * callers' rule (IT: the controller, the process's authorization).
 */
@Service
public class AccessInventory {

  /** Start variables of {@code maintain-access-inventory} besides the entry fields and reason. */
  public static final String CONTRACT = "contract";
  public static final String CHANGE = "change";
  public static final String ENTRY_ID = "entryId";
  /** Every variable the Tasklist start form submits. */
  public static final Set<String> START_FIELDS = Set.of(CONTRACT, CHANGE, ENTRY_ID, AccessRules.KIND, AccessRules.NAME,
      AccessRules.OWNER_GROUP, AccessRules.OWNER, AccessRules.ENVIRONMENT, AccessRules.DESCRIPTION, AccessRules.REASON);

  private final ContractAccessEntryRepository entries;
  private final ContractAccessChangeRepository changes;
  private final ContractRegister register;

  AccessInventory(ContractAccessEntryRepository entries, ContractAccessChangeRepository changes, ContractRegister register) {
    this.entries = entries;
    this.changes = changes;
    this.register = register;
  }

  /** A validated change, ready to record. */
  record Change(Contract contract, Action action, ContractAccessEntry entry, AccessRules.Fields fields, String reason) {}

  /** The outcome of a check: the change, or the status and problems that refuse it. */
  private record Checked(Change change, HttpStatus status, String message, List<String> problems) {
    static Checked refused(HttpStatus status, String message, List<String> problems) {
      return new Checked(null, status, message, problems);
    }
  }

  // ---- reads -------------------------------------------------------------------------------------

  /** The entries currently giving access under the contract (not retired), by kind and name. */
  public List<ContractAccessEntry> entries(long contractId) {
    return entries.findByContractIdOrderByIdAsc(contractId).stream().filter(ContractAccessEntry::isCurrent)
        .sorted(Comparator.comparing(ContractAccessEntry::getKind).thenComparing(e -> AccessRules.nameKey(e.getName()))
            .thenComparing(ContractAccessEntry::getEnvironment))
        .toList();
  }

  /** Every entry ever recorded under the contract, retired ones included, oldest first. */
  public List<ContractAccessEntry> allEntries(long contractId) {
    return entries.findByContractIdOrderByIdAsc(contractId);
  }

  /** Every change of the contract's inventory, oldest first. */
  public List<ContractAccessChange> history(long contractId) {
    return changes.findByContractIdOrderByIdAsc(contractId);
  }

  // ---- the API's changes -------------------------------------------------------------------------

  /**
   * Adds an entry ({@code kind}, {@code name}, {@code ownerGroup}, {@code environment} required;
   * {@code owner}, {@code description} optional; {@code reason} required).
   *
   * @throws ApiException 404 unknown contract; 409 the contract has ended; 400 naming every problem
   */
  @Transactional
  public ContractAccessEntry add(long contractId, Map<String, Object> values, String userId) {
    return record(orThrow(check(contract(contractId), Action.ADD, null, values)), userId, null);
  }

  /**
   * Updates an entry: fields left out or blank keep their value; {@code reason} required.
   *
   * @throws ApiException 404 unknown contract or entry; 409 the contract has ended or the entry is
   *     retired; 400 naming every problem (nothing differing is one)
   */
  @Transactional
  public ContractAccessEntry update(long contractId, long entryId, Map<String, Object> values, String userId) {
    return record(orThrow(check(contract(contractId), Action.UPDATE, entryId, values)), userId, null);
  }

  /**
   * Retires an entry with a {@code reason}: it no longer counts as giving access, and stays in the
   * history.
   *
   * @throws ApiException 404 unknown contract or entry; 409 the contract has ended or the entry is
   *     already retired; 400 naming every problem
   */
  @Transactional
  public ContractAccessEntry retire(long contractId, long entryId, Map<String, Object> values, String userId) {
    return record(orThrow(check(contract(contractId), Action.RETIRE, entryId, values)), userId, null);
  }

  // ---- the Tasklist path -------------------------------------------------------------------------

  /**
   * Validates the start variables of {@code maintain-access-inventory} exactly as the API would the
   * same change: {@code contract} (business key), {@code change} (ADD, UPDATE, RETIRE), {@code entryId}
   * (update, retire), the entry fields and {@code reason}. Writes nothing.
   */
  Validation<Change> validateStart(Map<String, Object> variables) {
    List<String> problems = new ArrayList<>();
    Map<String, Object> values = new LinkedHashMap<>(variables);
    Object businessKey = values.remove(CONTRACT);
    Object changeValue = values.remove(CHANGE);
    Object entryValue = values.remove(ENTRY_ID);
    Contract contract = null;
    if (!(businessKey instanceof String key) || key.isBlank()) {
      problems.add(CONTRACT + ": required, the contract's business key as the register shows it");
    } else if (SecretSniffer.looksLikeSecret(key).isPresent() || key.strip().length() > 40) {
      problems.add(CONTRACT + ": is not a business key (LLMP-2026-00017); the access inventory keeps names, never secrets");
    } else {
      contract = register.ofBusinessKey(key.strip()).orElse(null);
      if (contract == null) {
        problems.add(CONTRACT + ": no contract '" + key.strip() + "' in the register");
      }
    }
    Action action = null;
    if (!(changeValue instanceof String text) || text.isBlank()) {
      problems.add(CHANGE + ": required, one of ADD, UPDATE, RETIRE");
    } else {
      try {
        action = Action.valueOf(text.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(CHANGE + ": is not one of ADD, UPDATE, RETIRE");
      }
    }
    Long entryId = null;
    boolean entryBlank = entryValue == null || (entryValue instanceof String s && s.isBlank());
    if (action == Action.ADD && !entryBlank) {
      problems.add(ENTRY_ID + ": an addition makes a new entry; leave it empty");
    } else if (action != null && action != Action.ADD) {
      entryId = wholeNumber(entryValue, problems);
    }
    if (contract == null || action == null || (action != Action.ADD && entryId == null)) {
      // the entry's own fields are still checked, so the refusal names every problem
      problems.addAll(AccessRules.problemsAlone(action == null ? Action.ADD : action, values));
      return Validation.of(null, problems);
    }
    Checked checked = check(contract, action, entryId, values);
    problems.addAll(checked.problems());
    if (checked.change() == null && checked.problems().isEmpty()) {
      problems.add(checked.message());
    }
    return Validation.of(problems.isEmpty() ? checked.change() : null, problems);
  }

  /** Records a validated change with who made it (and the Tasklist process, if any); returns the entry. */
  @Transactional
  ContractAccessEntry record(Change change, String userId, String processInstanceId) {
    String by = userId == null ? "system" : userId;
    Instant now = EngineClock.now();
    long contractId = change.contract().getId();
    ContractAccessEntry entry;
    AccessRules.Fields before = change.entry() == null ? null : change.entry().fields();
    switch (change.action()) {
      case ADD -> entry = entries.saveAndFlush(new ContractAccessEntry(contractId, change.fields(), by, now));
      case UPDATE -> {
        entry = entries.findById(change.entry().getId()).orElseThrow();
        entry.update(change.fields(), by, now);
      }
      default -> {
        entry = entries.findById(change.entry().getId()).orElseThrow();
        entry.retire(change.reason(), by, now);
      }
    }
    try {
      entries.flush();
    } catch (OptimisticLockingFailureException e) {
      throw new ApiException(HttpStatus.CONFLICT, "Access inventory entry " + entry.getId()
          + " was changed at the same moment; read it and change it again");
    }
    changes.saveAndFlush(new ContractAccessChange(contractId, entry.getId(), change.action(), by, now, change.reason(),
        before, entry.fields(), processInstanceId));
    return entry;
  }

  // ---- rules -------------------------------------------------------------------------------------

  private Contract contract(long contractId) {
    return register.find(contractId).orElseThrow(() -> ApiException.notFound("Contract " + contractId));
  }

  private static Change orThrow(Checked checked) {
    if (checked.change() == null) {
      throw new ApiException(checked.status(), checked.message(), checked.problems());
    }
    return checked.change();
  }

  private Checked check(Contract contract, Action action, Long entryId, Map<String, Object> values) {
    long contractId = contract.getId();
    ContractAccessEntry entry = null;
    if (action != Action.ADD) {
      entry = entries.findById(entryId).filter(e -> e.getContractId() == contractId).orElse(null);
      if (entry == null) {
        return Checked.refused(HttpStatus.NOT_FOUND, "Access inventory entry " + entryId + " of contract " + contractId
            + " does not exist", List.of(ENTRY_ID + ": no entry " + entryId + " in the access inventory of contract " + contractId));
      }
    }
    if (contract.getStatus().isEnded()) {
      return Checked.refused(HttpStatus.CONFLICT, "Contract " + contractId + " is " + contract.getStatus()
          + "; the access inventory of an ended contract is no longer changed", List.of(CONTRACT + ": contract "
          + contract.getBusinessKey() + " is " + contract.getStatus() + "; its access inventory is no longer changed"));
    }
    if (entry != null && !entry.isCurrent()) {
      return Checked.refused(HttpStatus.CONFLICT, "Access inventory entry " + entryId + " was retired on "
          + entry.getRemovedAt(), List.of(ENTRY_ID + ": entry " + entryId + " was retired on " + entry.getRemovedAt()
          + " by " + entry.getRemovedBy() + " and is no longer changed"));
    }
    AccessRules.Read read = action == Action.RETIRE ? AccessRules.readRetirement(values)
        : AccessRules.readEntry(values, entry == null ? null : entry.fields());
    List<String> problems = new ArrayList<>(read.problems());
    if (read.fields() != null) {
      AccessRules.Fields fields = read.fields();
      ContractAccessEntry self = entry;
      entries(contractId).stream()
          .filter(other -> self == null || !other.getId().equals(self.getId()))
          .filter(other -> other.getKind() == fields.kind() && other.getEnvironment() == fields.environment()
              && AccessRules.nameKey(other.getName()).equals(AccessRules.nameKey(fields.name())))
          .findFirst()
          .ifPresent(other -> problems.add(AccessRules.NAME + ": contract " + contract.getBusinessKey() + " already has "
              + fields.kind() + " '" + other.getName() + "' in " + fields.environment() + " (entry " + other.getId() + ")"));
      if (entry != null && fields.equals(entry.fields())) {
        problems.add("changes: nothing differs from the entry as it stands");
      }
    }
    if (!problems.isEmpty()) {
      return Checked.refused(HttpStatus.BAD_REQUEST, "Invalid access inventory change for contract " + contractId, problems);
    }
    AccessRules.Fields fields = action == Action.RETIRE ? entry.fields() : read.fields();
    return new Checked(new Change(contract, action, entry, fields, read.reason()), null, null, List.of());
  }

  private static Long wholeNumber(Object value, List<String> problems) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      problems.add(ENTRY_ID + ": required to update or retire an entry (its id in the inventory)");
      return null;
    }
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.doubleValue() >= 1
        && n.doubleValue() < 1e15) {
      return n.longValue();
    }
    if (value instanceof String s && s.strip().matches("\\d{1,15}") && Long.parseLong(s.strip()) >= 1) {
      return Long.parseLong(s.strip());
    }
    problems.add(ENTRY_ID + ": must be a whole number of at least 1");
    return null;
  }
}
