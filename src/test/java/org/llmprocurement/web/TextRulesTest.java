package org.llmprocurement.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.llmprocurement.intake.IntakeValidator;
import org.llmprocurement.security.TextRules;
import org.llmprocurement.support.Intakes;

/** The character rules, and the intake validator applying them on the Java API path too. */
@Tag("unit")
class TextRulesTest {

  @ParameterizedTest
  @ValueSource(ints = {0x00, 0x07, 0x1B, 0x7F, 0x85, 0x061C, 0x200B, 0x200D, 0x200E, 0x202A, 0x202E, 0x2060, 0x2066, 0x2069, 0xFEFF})
  void refusedCharacters(int c) {
    String text = "abc" + Character.toString(c) + "def";
    assertThat(TextRules.firstForbidden(text)).isEqualTo(c);
    Map<String, Object> intake = Intakes.customerSupportBot();
    intake.put("vendor", text);
    var result = new IntakeValidator(user -> true).validate(intake, "demo-procurement");
    assertThat(result.problems()).singleElement().hasToString(String.format(
        "vendor: contains the character U+%04X (a control, bidirectional or invisible character), which is not accepted in text", c));
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain", "tab\tand\nnew line\r\n", "Ünïcödé – “quotes” 漢字 عربى emoji \uD83D\uDE00", "\u00A0nbsp"})
  void acceptedText(String text) {
    assertThat(TextRules.firstForbidden(text)).isEqualTo(-1);
  }
}
