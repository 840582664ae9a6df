package org.llmprocurement.catalogue;

/** A product surface of an LLM service that a procurement may or may not use. */
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
