// Small helpers that judge a line by its shape rather than by one keyword: used by the input
// readers, the parsers and the filters, so they sit below all three.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace pith::shape {

/// The copyright sign, ©, in UTF-8: the copyright and credit stages and the model's features
/// look for it.
inline constexpr std::string_view k_copyright_sign = "\xC2\xA9";

/// trim() for a line that opens or ends on something other than printable ASCII.
std::string_view trim_edges(std::string_view text);

/// `text` without leading and trailing white space (ASCII and the common Unicode spaces).
/// Most lines open and end on a printable ASCII byte, with nothing to trim: every filter trims
/// every line, so that test is inline, and only other lines pay a call.
inline std::string_view trim(std::string_view text) {
  auto printable = [](char c) { return static_cast<unsigned char>(c) > ' ' && static_cast<unsigned char>(c) < 0x80; };
  if (!text.empty() && printable(text.front()) && printable(text.back())) return text;
  return trim_edges(text);
}

/// A comparison key: ASCII and Latin-1 capitals (À..Þ) lower-cased, runs of white space folded to one space,
/// leading and trailing white space, quotes, ellipses and final punctuation dropped.
/// "  Now Loading… " and "now loading..." both give "now loading".
std::string key(std::string_view text);

/// key() written into a per-thread buffer, so filters can judge every line without allocating.
/// The view is valid until the next scratch_key() call on the same thread; `text` may be a view
/// of the last key it gave (any part of it). A per-thread cache of every line's key, so that
/// the filters keyed each line once, was tried and dropped: it saved 4% of the instructions on
/// the text benchmark and cost 3% of its CPU time (its copies of a window's lines and keys
/// missed the processor's cache).
std::string_view scratch_key(std::string_view text);

/// ASCII-case-insensitive prefix test; `prefix` must be lower case.
bool starts_with_ci(std::string_view text, std::string_view prefix);

/// ASCII-case-insensitive substring test; `needle` must be lower case.
bool contains_ci(std::string_view text, std::string_view needle);

/// Number of space-separated words.
std::size_t word_count(std::string_view text);

/// word_count() of a key(), whose words are split by single spaces: a vectorised count.
std::size_t key_word_count(std::string_view key);

/// Calls `visit(word)` for each word of `text` split at spaces, in order (a run of spaces gives
/// no empty word), while `visit` returns true. Returns false when a call returned false, else
/// true (also for a text of no word).
template <class Visit>
bool each_word(std::string_view text, Visit&& visit) {
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find(' ', at);
    if (end == std::string_view::npos) end = text.size();
    if (end > at && !visit(text.substr(at, end - at))) return false;
    at = end + 1;
  }
  return true;
}

/// True when `c` is an ASCII digit, '0' to '9'.
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

/// True when `text` holds an ASCII digit anywhere ("12.03.2024", "4:05", "3 of 5").
inline bool has_digit(std::string_view text) {
  for (char c : text)
    if (is_ascii_digit(c)) return true;
  return false;
}

/// True when `text` is one or more ASCII digits and nothing else ("2016", "70"); false for "".
inline bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text)
    if (!is_ascii_digit(c)) return false;
  return true;
}

/// True when `key` splits at one of its spaces into a part `first` accepts and a part `second`
/// accepts: two labels printed as one line ("Bild anzeigen Bild schließen"). Each test takes a
/// std::string_view; splits are tried left to right.
template <class First, class Second>
bool splits_in_two(std::string_view key, First&& first, Second&& second) {
  for (std::size_t space = key.find(' '); space != std::string_view::npos; space = key.find(' ', space + 1))
    if (first(key.substr(0, space)) && second(key.substr(space + 1))) return true;
  return false;
}

/// True for ASCII letters and digits, and for any byte of a multi-byte UTF-8 sequence (so
/// "señal" or "für" read as one word).
bool is_word_byte(char c);

/// True when the word before byte `i` of `text` goes on there: a word byte that does not open a
/// punctuation mark (a no-break space, « », an ellipsis, a curly quote, a dash, an arrow), so
/// "More…" and "Related »" end their first word as "More..." and "Related >>" do. False at the end.
bool word_goes_on(std::string_view text, std::size_t i);

/// `key` with one space added at each end, in a per-thread buffer (not scratch_key's), so that
/// key_contains_any can look for whole words (" our ", " we "). Valid until the next call on
/// the same thread.
std::string_view scratch_padded(std::string_view key);

/// starts_with_ci, and the prefix ends at a word boundary ("follow" matches "Follow us",
/// not "Followers"); `prefix` must be lower case.
bool starts_with_word_ci(std::string_view text, std::string_view prefix);

/// ASCII-case-insensitive suffix test; `suffix` must be lower case.
bool ends_with_ci(std::string_view text, std::string_view suffix);

/// Arrows a box points at its link or button with: → ➜ ➔ › » ▶ ► ▸ ➤.
inline constexpr std::string_view k_pointing_arrows[] = {
    "\xE2\x86\x92", "\xE2\x9E\x9C", "\xE2\x9E\x94", "\xE2\x80\xBA", "\xC2\xBB", "\xE2\x96\xB6", "\xE2\x96\xBA",
    "\xE2\x96\xB8", "\xE2\x9E\xA4",
};

/// Where a spaced arrow of k_pointing_arrows sets a last part of `text` apart ("... fire lines
/// ➜ Support the Courier"): the byte offset of the space before the arrow, and the part after it
/// trimmed; npos and "" when none does. Only an arrow within the last 96 bytes is found.
std::pair<std::size_t, std::string_view> last_pointed_part(std::string_view text);

/// `text` without the full stops and exclamation marks that end it ("Sign me up!" -> "Sign me
/// up"), as a button's or a call's last word is compared.
inline std::string_view without_final_stops(std::string_view text) {
  while (!text.empty() && (text.back() == '.' || text.back() == '!')) text.remove_suffix(1);
  return text;
}

/// ASCII-case-insensitive equality, either side in any case ("Content-Type", charset labels).
bool equals_ci(std::string_view a, std::string_view b);

/// `text` with ASCII capitals lower-cased (attribute values, charset names).
std::string lower_ascii(std::string_view text);

/// lower_ascii() of a short `word` into `buffer` (`capacity` bytes), without allocating: a view
/// of the copy, or empty when the word does not fit.
inline std::string_view lower_ascii_into(std::string_view word, char* buffer, std::size_t capacity) {
  if (word.size() > capacity) return {};
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    buffer[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return {buffer, word.size()};
}

/// lower_ascii_into(), and the Latin-1 capitals (C3 80..9E but ×, C3 97) lower-cased too, as
/// key() folds them ("Ähnliche" to "ähnliche", "À l'agenda" to "à l'agenda").
inline std::string_view lower_latin1_into(std::string_view word, char* buffer, std::size_t capacity) {
  std::string_view lower = lower_ascii_into(word, buffer, capacity);
  for (std::size_t i = 0; i + 1 < lower.size(); ++i)
    if (static_cast<unsigned char>(buffer[i]) == 0xC3 && static_cast<unsigned char>(buffer[i + 1]) <= 0x9E &&
        static_cast<unsigned char>(buffer[i + 1]) != 0x97)
      buffer[i + 1] = static_cast<char>(buffer[i + 1] + 0x20);
  return lower;
}

/// True when lower-case `key` (a key()) holds any of the lower-case `needles`; a plain find,
/// which is much faster than contains_ci.
template <class List>
bool key_contains_any(std::string_view key, const List& needles) {
  for (std::string_view needle : needles)
    if (key.find(needle) != std::string_view::npos) return true;
  return false;
}

/// True when lower-case `key` (a key()) holds `phrase` (lower case) as whole words: no
/// is_word_byte() on either side of it ("lesen" in "zu lesen, bitte", not in "gelesen").
bool key_contains_words(std::string_view key, std::string_view phrase);

/// key_contains_words() for any of `phrases` (lower case).
template <class List>
bool key_contains_any_words(std::string_view key, const List& phrases) {
  for (std::string_view phrase : phrases)
    if (key_contains_words(key, phrase)) return true;
  return false;
}

/// How common a byte is in English text, 0 for the rarest: letters by their frequency in
/// running text, the space commonest; capitals, digits, punctuation and the bytes of
/// accented letters count as rare.
constexpr unsigned char commonness(char c) {
  constexpr std::string_view k_by_frequency = "zqxjkvbpygfwmucldrhsnioate ";  // rarest first
  std::size_t at = k_by_frequency.find(c);
  return at == std::string_view::npos ? 0 : static_cast<unsigned char>(at);
}

/// How common the pair of adjacent bytes `a` then `b` is, in either case, 0 for the rarest: by
/// the commonness() of the rarer byte, then of the other. The byte-pair searches look for a
/// needle by its rarest pairs, which turn most lines away.
constexpr unsigned pair_commonness(char a, char b) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
  unsigned x = commonness(lower(a)), y = commonness(lower(b));
  return x < y ? x * 32 + y : y * 32 + x;
}

/// The needles of a set (Needles, LanguageNeedles) grouped by anchor byte, so a hit of anchor
/// byte k is checked against its own needles only: needle `order[j]` for j in [from[k],
/// from[k + 1]), in needle order.
template <std::size_t N>
struct AnchorGroups {
  std::array<std::uint16_t, N> order{};
  std::array<std::uint16_t, N + 1> from{};

  constexpr AnchorGroups() = default;
  constexpr AnchorGroups(const std::array<std::string_view, N>& needles, const std::array<std::size_t, N>& anchor,
                         const std::array<char, N>& bytes, std::size_t distinct) {
    std::uint16_t at = 0;
    for (std::size_t k = 0; k < distinct; ++k) {
      from[k] = at;
      for (std::size_t i = 0; i < N; ++i)
        if (needles[i][anchor[i]] == bytes[k]) order[at++] = static_cast<std::uint16_t>(i);
    }
    from[distinct] = at;
  }
};

/// A set of needles searched for anywhere in a line, case-sensitively: pieces of words that
/// need no case folding ("mment" for comment, Comments, Kommentar). Built at compile time:
/// each needle is found by memchr on its rarest byte ('z' in "mazon", 'q' in "quette"), and
/// needles that share that byte share one memchr pass — far fewer stops than a find per
/// needle, which stops at every occurrence of its first byte.
template <std::size_t N>
struct Needles {
  std::array<std::string_view, N> needles{};
  std::array<std::size_t, N> anchor{};  ///< offset of each needle's rarest byte
  std::array<char, N> bytes{};          ///< the distinct anchor bytes, `distinct` of them
  std::size_t distinct = 0;
  AnchorGroups<N> groups{};             ///< the needles of each anchor byte

  consteval Needles(const char* const (&list)[N]) {
    for (std::size_t i = 0; i < N; ++i) {
      needles[i] = list[i];
      for (std::size_t j = 1; j < needles[i].size(); ++j)
        if (commonness(needles[i][j]) < commonness(needles[i][anchor[i]])) anchor[i] = j;
      char byte = needles[i][anchor[i]];
      bool seen = false;
      for (std::size_t k = 0; k < distinct; ++k) seen = seen || bytes[k] == byte;
      if (!seen) bytes[distinct++] = byte;
    }
    groups = AnchorGroups<N>(needles, anchor, bytes, distinct);
  }
};

/// The search of contains_any() over any set laid out as Needles is (`needles`, `anchor`,
/// `bytes`, `distinct`, `groups`): true when `text` holds needle i with `wanted(i)`; the anchor byte
/// `set.bytes[k]` is looked for only when `byte_wanted(k)`.
template <class Set, class ByteWanted, class Wanted>
bool contains_wanted(std::string_view text, const Set& set, ByteWanted&& byte_wanted, Wanted&& wanted) {
  for (std::size_t k = 0; k < set.distinct; ++k) {
    if (!byte_wanted(k)) continue;
    char byte = set.bytes[k];
    for (const char* at = text.data(); (at = static_cast<const char*>(std::memchr(
                                            at, byte, static_cast<std::size_t>(text.data() + text.size() - at))));
         ++at) {
      auto pos = static_cast<std::size_t>(at - text.data());
      for (std::size_t j = set.groups.from[k]; j < set.groups.from[k + 1]; ++j) {
        std::size_t i = set.groups.order[j];
        std::string_view needle = set.needles[i];
        if (pos < set.anchor[i] || !wanted(i) || text.size() - (pos - set.anchor[i]) < needle.size()) continue;
        // The byte after the anchor (before it, when the anchor ends the needle) turns most
        // stops away without a call to compare the whole needle.
        std::size_t start = pos - set.anchor[i], probe = set.anchor[i] + 1 < needle.size() ? set.anchor[i] + 1 : 0;
        if (text[start + probe] == needle[probe] && std::memcmp(text.data() + start, needle.data(), needle.size()) == 0)
          return true;
      }
    }
  }
  return false;
}

/// True when `text` holds any of `set`'s needles.
template <std::size_t N>
bool contains_any(std::string_view text, const Needles<N>& set) {
  return contains_wanted(text, set, [](std::size_t) { return true; }, [](std::size_t) { return true; });
}

/// contains_ci for `stem` (lower case, opening with an ASCII letter), jumping with memchr from
/// one occurrence of its first letter, in either case, to the next: far cheaper than a byte
/// loop when a filter must look inside every line.
bool contains_stem_ci(std::string_view text, std::string_view stem);

/// contains_stem_ci for any of the `count` `stems`: one SSE2 pass over the text for the first
/// two bytes of every stem at once, in either case (where SSE2 is missing, or for more than 8
/// distinct openings or a text under 17 bytes, one memchr search per opening letter and case,
/// stems that open with the same letter sharing it).
bool contains_any_stem_ci(std::string_view text, const std::string_view* stems, std::size_t count);

/// contains_stem_ci for any of `stems` (an array of string views).
template <class List>
bool contains_stem_ci(std::string_view text, const List& stems) {
  return contains_any_stem_ci(text, std::data(stems), std::size(stems));
}

/// contains_ci for any of `needles`.
template <class List>
bool contains_any_ci(std::string_view text, const List& needles) {
  for (std::string_view needle : needles)
    if (contains_ci(text, needle)) return true;
  return false;
}

/// starts_with_word_ci for any of `prefixes`; the matched prefix, or "" for none.
template <class List>
std::string_view word_prefix_in(std::string_view text, const List& prefixes) {
  for (std::string_view prefix : prefixes)
    if (starts_with_word_ci(text, prefix)) return prefix;
  return {};
}

/// True when `key` equals one of `phrases`.
template <class List>
bool is_one_of(std::string_view key, const List& phrases) {
  for (std::string_view phrase : phrases)
    if (key == phrase) return true;
  return false;
}

/// True when the last word of `text` (past its last space; a line of one word has none),
/// lower-cased by lower_ascii_into() (32 bytes at most), equals one of lower-case `words`: the
/// cheap first test of a rule that reads the word a line closes on.
template <class List>
bool last_word_is_one_of(std::string_view text, const List& words) {
  std::size_t space = text.rfind(' ');
  if (space == std::string_view::npos) return false;
  char folded[32];
  return is_one_of(lower_ascii_into(text.substr(space + 1), folded, sizeof folded), words);
}

/// True when `word` equals one of `list` but for ASCII case (equals_ci).
template <class List>
bool is_one_of_ci(std::string_view word, const List& list) {
  // The sizes first, inline: most entries differ in size, and need no call.
  for (std::string_view entry : list)
    if (entry.size() == word.size() && equals_ci(word, entry)) return true;
  return false;
}

/// True when `text` opens on an ASCII letter or digit: the common case the inline fast paths
/// below take.
inline bool opens_on_ascii_alnum(std::string_view text) {
  if (text.empty()) return false;
  char c = text[0];
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// opens_with_inner_quote() for a line that opens on something other than an ASCII letter or digit.
bool opens_with_quote_then_words(std::string_view text);

/// True when `text` opens with a quotation that closes before the line ends with more words
/// after it: prose quoting a phrase ("\"Subscribe now\" banners, she said"), not the phrase.
/// A line opening on an ASCII letter or digit, most of them, opens with no quote: that test is inline.
inline bool opens_with_inner_quote(std::string_view text) {
  return !opens_on_ascii_alnum(text) && opens_with_quote_then_words(text);
}

/// skip_opening_marks() for a line that opens on something other than an ASCII letter or digit.
std::string_view skip_marks(std::string_view text);

/// `text` without the quotes, dashes, bullets and spaces a line may open with (as key() drops them).
/// A line opening on an ASCII letter or digit, most of them, has none: that test is inline.
inline std::string_view skip_opening_marks(std::string_view text) {
  return opens_on_ascii_alnum(text) ? text : skip_marks(text);
}

/// Bytes at the start of `text` that `phrase` (lower case, single-spaced) matches, ignoring
/// ASCII and Latin-1 case and reading any run of white space as one space; 0 when it does not
/// match or stops inside a word. Lets a filter test a line's opening without keying the line.
std::size_t phrase_at(std::string_view text, std::string_view phrase);

/// The first of `phrases` that opens `text` (past its opening marks), or "" for none.
template <class List>
std::string_view opening_in(std::string_view text, const List& phrases) {
  text = skip_opening_marks(text);
  if (text.empty()) return {};
  // Most phrases fail on the first byte: test it here before calling phrase_at.
  char first = text[0] >= 'A' && text[0] <= 'Z' ? static_cast<char>(text[0] + 32) : text[0];
  bool latin1 = static_cast<unsigned char>(first) == 0xC3;
  for (std::string_view phrase : phrases)
    if ((phrase[0] == first || latin1) && phrase_at(text, phrase)) return phrase;
  return {};
}

/// A phrase list (lower case, as opening_in() takes), grouped at compile time by the byte each
/// phrase opens with, so that opening_in() compares a line only with the phrases that open as
/// it does. Iterates like the plain array it was written as; phrases that open with the same
/// byte keep their order, which is all opening_in()'s "first that matches" can see.
template <std::size_t N>
struct Phrases {
  std::array<std::string_view, N> list{};
  std::array<unsigned short, 257> from{};  ///< list[from[b], from[b + 1]) open with byte b

  consteval Phrases(const char* const (&phrases)[N]) {
    std::size_t at = 0;
    for (std::size_t byte = 0; byte < 256; ++byte) {
      from[byte] = static_cast<unsigned short>(at);
      for (std::size_t i = 0; i < N; ++i)
        if (static_cast<unsigned char>(std::string_view(phrases[i])[0]) == byte) list[at++] = phrases[i];
    }
    from[256] = static_cast<unsigned short>(at);
  }
  auto begin() const { return list.begin(); }
  auto end() const { return list.end(); }
};

/// opening_in() for a Phrases list: only the phrases that open with the line's first byte
/// (lower-cased; a Latin-1 capital's C3 opens its small form too) are compared.
template <std::size_t N>
std::string_view opening_in(std::string_view text, const Phrases<N>& phrases) {
  text = skip_opening_marks(text);
  if (text.empty()) return {};
  auto first = static_cast<unsigned char>(text[0]);
  if (first >= 'A' && first <= 'Z') first = static_cast<unsigned char>(first + 32);
  // The second byte turns most phrases away before phrase_at() is called: where the phrase's
  // first two bytes are ASCII and the second is no space, phrase_at() compares it as this does.
  auto second = static_cast<unsigned char>(text.size() > 1 ? text[1] : '\0');
  if (second >= 'A' && second <= 'Z') second = static_cast<unsigned char>(second + 32);
  for (std::size_t i = phrases.from[first]; i < phrases.from[first + 1]; ++i) {
    std::string_view phrase = phrases.list[i];
    if (first < 0x80 && phrase.size() > 1 && phrase[1] != ' ' && static_cast<unsigned char>(phrase[1]) < 0x80 &&
        static_cast<unsigned char>(phrase[1]) != second)
      continue;
    if (phrase_at(text, phrase)) return phrase;
  }
  return {};
}

/// True when `text` holds a stand-alone year from 1900 to 2099.
bool has_year(std::string_view text);

/// Where the first of `marks` stands in `text` (the lowest offset of any of them) and that mark's
/// bytes; {npos, 0} when none does. One find per mark.
std::pair<std::size_t, std::size_t> first_mark(std::string_view text, std::span<const std::string_view> marks);

/// True when `word` is a clock or a running time: minutes or hours, then one or two pairs of
/// digits after colons ("0:00", "04:08", "1:02:17"); a word of any other byte is not.
bool is_clock(std::string_view word);

/// Digits a phone number holds at least (a local number without its area code has seven).
inline constexpr std::size_t k_min_phone_digits = 7;

/// True when `text` holds a phone number: k_min_phone_digits digits or more in one run with
/// spaces, dots, hyphens or slashes between them ("Tel. 0549 990 417", "8312-4470", "079 555 12
/// 34"). A year with a count ("2019 rund 1200") breaks the run at its word.
bool holds_phone_number(std::string_view text);

/// True when `text` holds `byte` at least `n` times; it stops soon after the n-th (a
/// paragraph's 15th word is near its start).
bool holds_at_least(std::string_view text, char byte, std::size_t n);

/// Byte length of a dash (hyphen, en dash, em dash, horizontal bar) at the start of `text`, or 0.
std::size_t dash_at(std::string_view text);

/// A word of emoji, arrows and dingbats only ("📌", "👉", "✉️", "➜", "👍"): each of its
/// characters is a pictograph (F0 9F ..), a symbol or punctuation of the E2 block, or the emoji
/// variation selector (EF B8 8F). The first byte turns every other word away, and no CJK word
/// (E3..ED leads) is one, so a sentence in those scripts is never passed over.
bool is_emoji_word(std::string_view word);

/// `text` past a word of pictographs that opens it (is_emoji_word(): "🕑 ", "❄ ") and the spaces
/// after it; `text` itself when it opens otherwise.
std::string_view past_pictograph(std::string_view text);

/// `text` without a word of pictographs closing it and the spaces before it ("... student. 💚",
/// "Mais crônicas ⤵"); `text` itself when it closes otherwise.
std::string_view without_closing_pictograph(std::string_view text);

/// True when `text` reads as an article's paragraph: `min_words` words or more, ending on a
/// sentence's stop ('.', '!', '?') or a closing quote ('"', "”", "»").
bool is_paragraph_shaped(std::string_view text, std::size_t min_words);

}  // namespace pith::shape
