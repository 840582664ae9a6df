package org.llmprocurement.contracts;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.llmprocurement.contracts.ContractParticulars.VendorContact;

/** A vendor record shared by all its contracts: legal name, LEI, country, notice address, contacts. */
@Entity
@Table(name = "vendor")
public class Vendor {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "legal_name", nullable = false, length = 200)
  private String legalName;

  /** The legal name in lower case: names differing only in case are one vendor. */
  @Column(name = "legal_name_key", nullable = false, length = 200)
  private String legalNameKey;

  @Column(length = 20)
  private String lei;

  @Column(nullable = false, length = 2)
  private String country;

  @Column(name = "notice_address", nullable = false, length = 1000)
  private String noticeAddress;

  @Column(nullable = false, length = 8000)
  private String contacts;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Vendor() {}

  Vendor(String legalName, String lei, String country, String noticeAddress, List<VendorContact> contacts, Instant now) {
    this.legalName = legalName;
    this.legalNameKey = key(legalName);
    this.lei = lei;
    this.country = country;
    this.noticeAddress = noticeAddress;
    this.contacts = Json.write(contacts);
    this.createdAt = now;
    this.updatedAt = now;
  }

  static String key(String legalName) {
    return legalName.strip().toLowerCase(Locale.ROOT);
  }

  /** The latest particulars replace what they give: an LEI fills a missing one, never changes one. */
  void update(String lei, String country, String noticeAddress, List<VendorContact> contacts, Instant now) {
    boolean changed = false;
    if (lei != null && this.lei == null) {
      this.lei = lei;
      changed = true;
    }
    if (country != null && !country.equals(this.country)) {
      this.country = country;
      changed = true;
    }
    if (noticeAddress != null && !noticeAddress.equals(this.noticeAddress)) {
      this.noticeAddress = noticeAddress;
      changed = true;
    }
    if (!contacts.isEmpty() && !Json.write(contacts).equals(this.contacts)) {
      this.contacts = Json.write(contacts);
      changed = true;
    }
    if (changed) {
      this.updatedAt = now;
    }
  }

  public Long getId() { return id; }
  public String getLegalName() { return legalName; }
  public String getLei() { return lei; }
  public String getCountry() { return country; }
  public String getNoticeAddress() { return noticeAddress; }
  public List<VendorContact> getContacts() { return Json.read(contacts, new TypeReference<List<VendorContact>>() {}); }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getUpdatedAt() { return updatedAt; }
}
