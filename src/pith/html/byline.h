// Author names from what pages give: meta tags, JSON-LD and the visible byline, as names only.
#pragma once

#include <string>
#include <string_view>

namespace pith::html {

/// How much of an author string must read as the names of people.
enum class AuthorSource {
  /// A field the page declares as the author (meta tags, JSON-LD, rel="author"): when no
  /// person's name is in it, an organisation's name stands ("Reuters", "BBC News").
  declared,
  /// Text that reads as a byline ("By ...", a byline element): only names of people (one
  /// word or an organisation only after an explicit by-word), and text that goes on like a
  /// sentence after the names gives nothing at all.
  visible,
};

/// The names of people in `raw`, joined with "; ": the by-word ("By", "Von", "Par", "Por",
/// "Di", "Door", "Av", "Przez", "Analysis by"), roles ("AP Auto Writer", "Redakteurin"),
/// outlets ("CNN Business", "Cleveland.com"), places, e-mail addresses, URLs and dates are
/// dropped, names in capitals are title-cased, and several names are split at commas and at
/// "and", "und", "et", "y", "e", "en", "&". "By TOM KRISHER, AP Auto Writer" gives
/// "Tom Krisher"; "Von Anna Schmidt und Peter Berg" gives "Anna Schmidt; Peter Berg".
/// Empty when nothing in `raw` is a name ("admin", "Staff Reports", a profile URL).
/// `people`, when given, is set to whether the result names people rather than an organisation.
std::string normalize_author(std::string_view raw, AuthorSource source, bool* people = nullptr);

/// Where opens_with_byword looks for the by-word.
enum class BywordPlace {
  first,          ///< the first word only ("By Jane Doe", "Text: Anna Schmidt")
  after_lead_in,  ///< or after a few words leading in ("Analysis by", "Ein Kommentar von")
};

/// True when `text` opens with a by-word or a credit label ("By", "Von", "Par", "Por",
/// "Di", "Door", "Text:", "Autor:", "Written by"): a line shaped like a byline.
bool opens_with_byword(std::string_view text, BywordPlace place = BywordPlace::after_lead_in);

}  // namespace pith::html
