package org.llmprocurement.catalogue;

import org.llmprocurement.domain.RiskTier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * The requirement catalogue, loaded and validated once at start-up.
 *
 * <p>A malformed catalogue stops the application with a message naming each entry and field at
 * fault. Each version is recorded in {@code catalogue_version}; a version already recorded with
 * different content also stops the application, because past procurements refer to versions.
 */
@Service
public class CatalogueService {

  private static final Logger LOG = LoggerFactory.getLogger(CatalogueService.class);

  private final Catalogue catalogue;
  private final String sha256;
  private final CatalogueVersionRepository repository;
  private final java.util.Map<String, Catalogue> earlierVersions = new java.util.concurrent.ConcurrentHashMap<>();

  @Autowired
  CatalogueService(ThresholdService thresholds, CatalogueVersionRepository repository) {
    this(CatalogueLoader.readClasspath(CatalogueLoader.CLASSPATH_LOCATION), thresholds.allTiers(),
        repository, Clock.systemUTC());
  }

  /**
   * @param yaml the catalogue file content
   * @param tiers outputs of the tier thresholds decision for every tier (its keys are the allowed
   *     threshold keys, its values the bars fallback figures are checked against)
   * @param repository where loaded versions are recorded; {@code null} records nothing
   */
  CatalogueService(
      String yaml, Map<RiskTier, Thresholds> tiers, CatalogueVersionRepository repository,
      Clock clock) {
    this.catalogue = CatalogueLoader.load(yaml, tiers);
    this.sha256 = sha256(yaml);
    this.repository = repository;
    if (repository != null) {
      record(repository, yaml, clock);
    }
    LOG.info("Requirement catalogue {} loaded: {} areas, {} requirements, sha256 {}",
        catalogue.version(), catalogue.areas().size(), catalogue.requirements().size(), sha256);
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  public String version() {
    return catalogue.version();
  }

  /** SHA-256 (lower-case hex) of the catalogue file's UTF-8 bytes. */
  public String sha256() {
    return sha256;
  }

  public Optional<Requirement> requirement(String id) {
    return catalogue.requirement(id);
  }

  /**
   * The catalogue as it was at {@code version} (the one a procurement was confirmed under), read
   * from the {@code catalogue_version} table; the current one for {@code null} or the current
   * version. A later catalogue change therefore never rewrites an earlier review. Versions from
   * before fallback ladders (a single {@code fallback} text) are read with that text as the one
   * fallback and no control objective.
   *
   * @throws IllegalStateException when that version was never recorded
   */
  public Catalogue catalogue(String version) {
    if (version == null || version.equals(catalogue.version())) {
      return catalogue;
    }
    return earlierVersions.computeIfAbsent(version, v -> {
      List<CatalogueVersionEntity> stored = repository == null ? List.of() : repository.findByVersion(v);
      if (stored.isEmpty()) {
        throw new IllegalStateException("catalogue version " + v + " was never recorded");
      }
      return CatalogueLoader.loadStored(stored.get(0).getContent());
    });
  }

  /** The requirements that must be met at this tier, in catalogue order. */
  public List<Requirement> forTier(RiskTier tier) {
    return filter(tier, null, null);
  }

  /**
   * The requirements that must be met at this tier (case-insensitive name).
   *
   * @throws IllegalArgumentException naming the tier if it is unknown
   */
  public List<Requirement> forTier(String tier) {
    return forTier(RiskTier.parse(tier));
  }

  /**
   * Requirements matching every given criterion; {@code null} means "any".
   *
   * @param tier only requirements required at this tier
   * @param role only requirements owned by this role
   * @param area only requirements of this area key
   */
  public List<Requirement> filter(RiskTier tier, OwnerRole role, String area) {
    return catalogue.requirements().stream()
        .filter(r -> tier == null || r.requiredAt(tier))
        .filter(r -> role == null || r.ownerRole() == role)
        .filter(r -> area == null || r.area().equals(area))
        .toList();
  }

  private void record(CatalogueVersionRepository repository, String yaml, Clock clock) {
    if (yaml.length() > CatalogueVersionEntity.MAX_CONTENT_LENGTH) {
      throw new IllegalStateException("The catalogue has " + yaml.length()
          + " characters; the catalogue_version table holds at most "
          + CatalogueVersionEntity.MAX_CONTENT_LENGTH);
    }
    if (alreadyRecorded(repository)) {
      return;
    }
    try {
      repository.saveAndFlush(
          new CatalogueVersionEntity(catalogue.version(), sha256, yaml, clock.instant()));
      LOG.info("Recorded catalogue version {} in catalogue_version", catalogue.version());
    } catch (DataIntegrityViolationException e) {
      // another node recorded it at the same moment: fine if the content is the same
      if (!alreadyRecorded(repository)) {
        throw e;
      }
    }
  }

  private boolean alreadyRecorded(CatalogueVersionRepository repository) {
    List<CatalogueVersionEntity> stored = repository.findByVersion(catalogue.version());
    if (stored.stream().anyMatch(e -> e.getSha256().equals(sha256))) {
      return true;
    }
    if (!stored.isEmpty()) {
      throw new IllegalStateException("Catalogue version " + catalogue.version()
          + " is already recorded with SHA-256 " + stored.get(0).getSha256()
          + " but the file now has SHA-256 " + sha256
          + ": the catalogue changed without a new version number. Raise 'version' in "
          + CatalogueLoader.SOURCE_LOCATION + ".");
    }
    return false;
  }

  static String sha256(String content) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
