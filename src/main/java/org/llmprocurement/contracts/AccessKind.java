package org.llmprocurement.contracts;

/** What an access inventory entry is: each is revoked at the exit by its owner group. */
public enum AccessKind {
  /** An API key, by its name in the vendor's console and its owner; never the key itself. */
  API_KEY,
  /** A single sign-on application (enterprise app, SAML or OIDC client) connecting our identity provider. */
  SSO_APPLICATION,
  /** A service account or technical user at the vendor or of ours at the vendor. */
  SERVICE_ACCOUNT,
  /** A network allow-list entry (IP range, private link, firewall rule) opened for the service. */
  NETWORK_ALLOWLIST,
  /** An integration: a connector, webhook or plug-in that links the service to our systems. */
  INTEGRATION
}
