package org.llmprocurement.domain;

/** Product surfaces of an LLM service a procurement may use; the SLA must name each one in scope. */
public enum Surface {
  API,
  CHAT_UI,
  BATCH,
  FILE_UPLOAD,
  RETRIEVAL,
  MODERATION,
  EMBEDDINGS,
  ADMIN_CONSOLE
}
