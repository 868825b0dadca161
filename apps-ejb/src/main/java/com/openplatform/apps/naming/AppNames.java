package com.openplatform.apps.naming;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Application-name rules of the developer agreement: an app name must not infringe the operator's
 * trademarks or their variants (§2.6.4(3)) nor be confusingly similar to them (§2.5.7). Pure
 * functions, thread-safe.
 */
public final class AppNames {

  /** Marks with fewer normalised code points than this are ignored by {@link #collision}. */
  public static final int MIN_MARK_LENGTH = 2;

  /** Whitespace, punctuation, symbols, separators, controls, formats and other invisibles. */
  private static final UnicodeSet IGNORED =
      new UnicodeSet("[[:Z:][:P:][:S:][:Cc:][:Cf:][:Default_Ignorable_Code_Point:]]").freeze();

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  /** Combining marks: accents, dots below, enclosing marks. */
  private static final UnicodeSet MARKS = new UnicodeSet("[:M:]").freeze();

  /** Immutable once built (ICU), so one instance serves every thread. */
  private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

  /**
   * Transliterators are not thread-safe: one instance, used under its lock (name checks are not a
   * hot path). Not a ThreadLocal: the server's pooled threads would keep this module's class loader
   * alive across redeployments.
   */
  private static final Transliterator PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");

  private AppNames() {}

  /**
   * The key of per-tenant uniqueness: NFKC (folding full width), full case folding, then without
   * whitespace, punctuation, symbols and invisible characters. {@code null} gives "".
   */
  public static String normalize(String name) {
    return name == null ? "" : strip(fold(name));
  }

  /**
   * The confusable skeleton (UTS #39) of the name as written, without ignored characters, then NFKC
   * and case folded, so that look-alikes across scripts share one form (§2.5.7): "Теnсеnt" in
   * Cyrillic, "ΤΕΝϹΕΝΤ" in Greek, "paypa1", "PAYPAI". Case and compatibility forms are kept until
   * after the skeleton (a Cyrillic capital Т looks like T, its small т does not; NFKC would turn
   * the lunate Ϲ into Σ). Not stripped again: confusables map a few letters (Katakana ノ) to
   * punctuation, and those letters must not vanish.
   */
  public static String skeleton(String name) {
    String written = name == null ? "" : strip(name);
    return written.isEmpty() ? "" : fold(SPOOF.getSkeleton(written));
  }

  /**
   * The forms compared under §2.5.7 and §2.6.4(3): the skeletons of the name as written, of its
   * normalised key (lower-case "m" looks like "rn", capital "M" does not) and of that key without
   * combining marks ("Tencént", "Tenc\u0323ent" → "tencent") and, for a name with Han characters,
   * the skeleton of its toneless pinyin ("腾讯" → "tengxun"). Latin names are not transliterated
   * back: a Chinese mark's pinyin already catches its Latin spelling.
   */
  public static Set<String> forms(String name) {
    Set<String> forms = new LinkedHashSet<>();
    String normal = normalize(name);
    if (normal.isEmpty()) {
      return forms;
    }
    forms.add(skeleton(name));
    forms.add(skeleton(normal));
    forms.add(skeleton(withoutMarks(normal)));
    if (normal.codePoints().anyMatch(cp -> UScript.getScript(cp) == UScript.HAN)) {
      forms.add(skeleton(pinyin(normal)));
    }
    forms.remove("");
    return forms;
  }

  /**
   * The first protected mark, in its original spelling, that the name uses (§2.6.4(3)) or is
   * confusingly similar to (§2.5.7): some form of the mark equals or is contained in some form of
   * the name, so a mark embedded in a longer name is refused too ("SuperTencentApp", "Alipay" for
   * "Ali"). Marks shorter than {@link #MIN_MARK_LENGTH} normalised characters are ignored; a blank
   * name collides with nothing.
   */
  public static Optional<String> collision(String name, Collection<String> marks) {
    Set<String> nameForms = forms(name);
    if (nameForms.isEmpty() || marks == null) {
      return Optional.empty();
    }
    for (String mark : marks) {
      String key = normalize(mark);
      if (key.codePointCount(0, key.length()) < MIN_MARK_LENGTH) {
        continue;
      }
      for (String markForm : forms(mark)) {
        if (nameForms.stream().anyMatch(form -> form.contains(markForm))) {
          return Optional.of(mark);
        }
      }
    }
    return Optional.empty();
  }

  /** NFKC, then full case folding. */
  private static String fold(String text) {
    return UCharacter.foldCase(NFKC.normalize(text), true);
  }

  /** The text decomposed (NFD) without its combining marks, composed again. */
  private static String withoutMarks(String text) {
    StringBuilder out = new StringBuilder(text.length());
    NFD.normalize(text)
        .codePoints()
        .filter(cp -> !MARKS.contains(cp))
        .forEach(out::appendCodePoint);
    return Normalizer2.getNFCInstance().normalize(out);
  }

  /** The text without the {@link #IGNORED} characters. */
  private static String strip(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(cp -> !IGNORED.contains(cp)).forEach(out::appendCodePoint);
    return out.toString();
  }

  private static String pinyin(String text) {
    synchronized (PINYIN) {
      return PINYIN.transliterate(text);
    }
  }
}
