package org.llmprocurement.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A catalogue version as loaded at start-up (table created by V2__catalogue_versions.sql). */
@Entity
@Table(name = "catalogue_version")
class CatalogueVersionEntity {

  /** Largest catalogue the table column holds. */
  static final int MAX_CONTENT_LENGTH = 1_000_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "version", nullable = false, length = 64)
  private String version;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "content", nullable = false, length = MAX_CONTENT_LENGTH)
  private String content;

  @Column(name = "loaded_at", nullable = false)
  private Instant loadedAt;

  protected CatalogueVersionEntity() {}

  CatalogueVersionEntity(String version, String sha256, String content, Instant loadedAt) {
    this.version = version;
    this.sha256 = sha256;
    this.content = content;
    this.loadedAt = loadedAt;
  }

  Long getId() {
    return id;
  }

  String getVersion() {
    return version;
  }

  String getSha256() {
    return sha256;
  }

  String getContent() {
    return content;
  }

  Instant getLoadedAt() {
    return loadedAt;
  }
}
