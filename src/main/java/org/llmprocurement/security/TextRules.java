package org.llmprocurement.security;

import java.util.List;

/**
 * Characters no text field of ours may hold: NUL and the other control characters (tab, line feed
 * and carriage return excepted), bidirectional overrides and isolates (which make text read
 * differently from what it says), and zero-width and invisible formatting characters (which hide
 * text or make two equal-looking values differ). NUL is also refused by PostgreSQL. Refused, never
 * silently removed, so what is stored is exactly what the caller sent.
 */
public final class TextRules {

  private TextRules() {}

  /** The first forbidden code point, or -1. */
  public static int firstForbidden(String text) {
    if (text == null) {
      return -1;
    }
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (forbidden(c)) {
        return c;
      }
      i += Character.charCount(c);
    }
    return -1;
  }

  static boolean forbidden(int c) {
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\r';
    }
    return c == 0x7F
        || (c >= 0x80 && c <= 0x9F)               // C1 controls
        || c == 0x061C                            // Arabic letter mark
        || (c >= 0x200B && c <= 0x200F)           // zero-width space/non-joiner/joiner, LRM, RLM
        || (c >= 0x202A && c <= 0x202E)           // bidirectional embeddings and overrides
        || (c >= 0x2060 && c <= 0x2064)           // word joiner, invisible operators
        || (c >= 0x2066 && c <= 0x2069)           // bidirectional isolates
        || c == 0xFEFF                            // zero-width no-break space (BOM)
        || (c >= 0xFFF9 && c <= 0xFFFB);          // interlinear annotation
  }

  /** A problem naming the field and the character, or nothing. */
  public static void check(String field, String text, List<String> problems) {
    int c = firstForbidden(text);
    if (c >= 0) {
      problems.add(field + ": contains the character U+" + String.format("%04X", c)
          + " (a control, bidirectional or invisible character), which is not accepted in text");
    }
  }
}
