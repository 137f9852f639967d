// A byte-level pass before Gumbo: drops what can never be content or is never read, and bounds
// nesting depth.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pith::html {

struct Prescan {
  /// The page for Gumbo: script and style bodies and comments emptied, nesting capped, and (with
  /// PrescanOptions::drop_unread) attributes no stage reads and runs of white space left out.
  std::string html;
  /// Bodies of `<script type="application/ld+json">`, metadata rather than waste.
  std::vector<std::string> json_ld;
  /// Start tags dropped because they opened deeper than the cap, or past the element cap
  /// (their text is kept).
  std::size_t dropped_tags = 0;
  /// Where `html` stops being a plain copy of the page: from byte `out` of `html` on, the bytes
  /// were copied from byte `in` of the page (until the next entry). Sorted by `out`.
  struct Shift {
    std::size_t out;
    std::size_t in;
  };
  std::vector<Shift> shifts;

  /// Attribute names and values held out of `html` (see PrescanOptions::drop_unread), each by
  /// a one-byte stand-in at byte `at` of `html`: an attribute's one-letter name standing for
  /// `name` (then the value follows as written, or none stands for the value held), or the
  /// unquoted value "x" of an attribute under its own name. A held value's bytes,
  /// NUL-terminated, start at byte `value` of `held_text`. Sorted by `at`.
  /// put_back_held_values() puts them back into the parsed tree.
  struct HeldValue {
    std::size_t at;
    std::size_t value;         ///< or k_value_as_parsed: the value stands as written
    const char* name = nullptr;  ///< static; null when the name stands as written
  };
  static constexpr std::size_t k_value_as_parsed = static_cast<std::size_t>(-1);
  std::vector<HeldValue> held_values;
  std::string held_text;

  /// Runs of text held out of `html` (see PrescanOptions::hold_text), each by the stand-in
  /// k_text_stand_in at byte `at` of `html`; the run's `length` bytes start at byte `text` of
  /// `held_text`. Sorted by `at`. put_back_held_values() puts them back into the parsed tree.
  struct HeldText {
    std::size_t at;
    std::size_t text;
    std::size_t length;
  };
  std::vector<HeldText> held_texts;

  /// The page offset that byte `offset` of `html` was copied from (for bytes the prescan put in
  /// itself, the page offset just after the last copied byte before them).
  std::size_t page_offset(std::size_t offset) const;
};

/// Gumbo's time grows with the bytes it sees and with the square of the nesting depth.
/// Elements deeper than this lose their tags (never their text); real pages stay far below.
constexpr std::size_t k_max_depth = 256;

/// The parser re-opens every unclosed formatting element (<b>, <font>, <a>...) at each new
/// paragraph, so a page of 60,000 unclosed, differently styled <b> tags grows a tree of
/// billions of nodes. Formatting tags beyond this many open at once are dropped (they style
/// text; they never hold it).
constexpr std::size_t k_max_formatting = 6;

/// Gumbo's tree costs several hundred bytes an element, so a page of a million tiny
/// paragraphs needs most of a gigabyte. Past this many elements, further tags are dropped
/// (their text is kept). News pages have a few thousand; the benchmark's largest, under 2,000.
constexpr std::size_t k_max_elements = 100'000;

/// What the prescan does beyond emptying script and style bodies, dropping comments and
/// capping nesting.
struct PrescanOptions {
  /// Elements deeper than this lose their tags.
  std::size_t max_depth = k_max_depth;
  /// Leaves out what no stage reads, which Gumbo would otherwise tokenize byte by byte (most
  /// of a page's markup is attributes: classes of styling, data-*, srcset, inline event
  /// handlers, SVG paths): every attribute but those is_read_attribute() names (and those
  /// only on the elements where they are read), and runs of white space outside <pre> and
  /// <listing>, which become their first byte; and in the document's head, the white space
  /// between tags and what metadata does not read (<meta> tags not in meta_names.h, scripts,
  /// styles, most <link>s). The names and values of the attributes kept are held out of
  /// Gumbo's way (Prescan::held_values: Gumbo reads each byte of them one by one, and the
  /// parser's choices hang on none but <input type>, <annotation-xml encoding>, the names on
  /// <html> and <body>, and all of a formatting element's, which stay as written) and put
  /// back into the tree after the parse. The tree the stages see keeps every element,
  /// attribute value and text they read; html_prescan_identity_test checks that pages extract
  /// alike with this on and off.
  bool drop_unread = true;
  /// Keeps <a href>, which only Config::keep_links writes out.
  bool link_targets = false;
  /// With drop_unread, also holds runs of text out of Gumbo's way (Prescan::held_texts):
  /// Gumbo's tokenizer and tree builder take each character as a token of its own, some 500
  /// instructions a byte, while one stand-in character does for the run, which reads as any
  /// other text that starts with a character other than white space. Held are runs of words
  /// and single spaces Gumbo reads as written (no character reference, no byte it replaces),
  /// never in a CDATA section or in a bogus comment after '<'. Not for a page that holds the
  /// stand-in itself. put_back_held_values() tells when the tree did not take the stand-ins as
  /// the text they hold (a <frameset> page drops text): the page is then parsed again
  /// without this.
  bool hold_text = false;
};

/// The character that stands for a held run of text (U+E000, the first of the private use
/// area): Gumbo passes it through as one text character.
inline constexpr std::string_view k_text_stand_in = "\xEE\x80\x80";

/// Rewrites `page` (UTF-8) for Gumbo. Tags and raw-text elements end where the HTML standard
/// says they end (attribute values quoted or not, script data with its escaped states,
/// `</style`, `</textarea`, ...), so what Gumbo builds from the result is the tree it would
/// build from the page, less the waste.
Prescan prescan(std::string_view page, const PrescanOptions& options = {});

/// True when some stage reads the attribute `name` (lower case) of some element: the prescan
/// keeps these and drops all others. A stage that reads another attribute must add it here
/// (html_prescan_test checks the sources for names missing from this list).
bool is_read_attribute(std::string_view name);

}  // namespace pith::html
