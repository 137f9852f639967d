// timestamp: publish and update stamps, a byline that carries only a stamp, and reading-time
// estimates, in six languages. A line goes only when every word after its label is a word of
// time (a number, a month, "hours ago", "Uhr", "à"): "Published in 2019, the book ..." stays.
#include "pith/filters/timestamp.h"

#include "pith/base/line_pairs.h"
#include "pith/base/line_shape.h"
#include "pith/language/word_lists.h"

namespace pith {

namespace {

/// A time line is short; longer is prose.
constexpr std::size_t k_max_bytes = 160;
constexpr std::size_t k_max_words = 20;
/// A byline before a stamp names one person or two: "By Jane Roe", "Por Ana Souza".
constexpr std::size_t k_max_byline_words = 6;
/// A reading-time line: "Reading time: about 4 minutes".
constexpr std::size_t k_max_reading_words = 8;
/// A token holding a digit is a date or a time ("12.03.2024", "08h15", "4:05") up to this long.
constexpr std::size_t k_max_number_bytes = 12;

/// Labels a stamp opens with (lower case; opening_in() compares them with the line's start).
constexpr std::string_view k_labels_en[] = {
    "last updated", "updated", "published", "first published", "posted", "last modified", "modified", "updated on",
    "published on", "posted on",
};
constexpr std::string_view k_labels_de[] = {
    "zuletzt aktualisiert", "aktualisiert", "veröffentlicht", "erstellt", "stand", "zuletzt geändert", "geändert",
};
constexpr std::string_view k_labels_es[] = {
    "última actualización", "actualizado", "publicado", "modificado", "actualizada", "publicada",
};
constexpr std::string_view k_labels_fr[] = {
    "dernière mise à jour", "mis à jour", "mise à jour", "publié", "publiée", "modifié", "modifiée",
};
constexpr std::string_view k_labels_it[] = {
    "ultimo aggiornamento", "aggiornato", "aggiornata", "pubblicato", "pubblicata", "modificato",
};
constexpr std::string_view k_labels_pt[] = {
    "última atualização", "atualizado", "atualizada", "publicado", "publicada", "modificado",
};
constexpr LanguageWords k_label_lists[] = {
    {ListLanguage::en, k_labels_en}, {ListLanguage::es, k_labels_es}, {ListLanguage::de, k_labels_de},
    {ListLanguage::fr, k_labels_fr}, {ListLanguage::pt, k_labels_pt}, {ListLanguage::it, k_labels_it},
};
constexpr LanguagePhrases<total_words(k_label_lists)> k_labels{k_label_lists};

/// Words of a second stamp on the same line ("Publié le ..., mis à jour le ...").
constexpr std::string_view k_label_words[] = {
    "updated", "published", "posted", "modified", "last", "first", "aktualisiert", "veröffentlicht", "geändert",
    "zuletzt", "actualizado", "actualizada", "publicado", "publicada", "última", "actualización", "mis", "mise",
    "jour", "publié", "publiée", "modifié", "dernière", "aggiornato", "aggiornata", "pubblicato", "ultimo",
    "aggiornamento", "atualizado", "atualizada", "atualização",
};

/// Months and their short forms, in the six languages (key() has lower-cased them).
constexpr std::string_view k_months[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "jän", "mär", "okt", "dez",
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre",
    "noviembre", "diciembre", "ene", "abr", "ago", "dic",
    "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre", "janv", "févr", "avr", "juil", "déc",
    "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "gen",
    "mag", "giu", "lug", "set", "ott",
    "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
    "fev", "out", "dez",
};

/// Words of a relative time ("3 hours ago", "vor 2 Stunden", "hace 5 horas", "il y a 3 heures",
/// "2 ore fa", "há 40 minutos"), and today and yesterday.
constexpr std::string_view k_relative[] = {
    "ago", "just", "now", "an", "a", "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "second",
    "seconds", "day", "days", "week", "weeks", "today", "yesterday",
    "vor", "stunde", "stunden", "minute", "minuten", "sekunden", "tag", "tagen", "gestern", "heute", "einer",
    "hace", "hora", "horas", "minuto", "minutos", "segundos", "día", "días", "ayer", "hoy", "unos", "una", "un",
    "il", "y", "heure", "heures", "jour", "jours", "hier", "aujourd'hui", "une",
    "fa", "ora", "ore", "minuti", "giorno", "giorni", "ieri", "oggi",
    "há", "dia", "dias", "ontem", "hoje", "cerca", "de",
};
/// Days named by their relation to today: a time on their own ("Updated today").
constexpr std::string_view k_day_words[] = {"today", "yesterday", "heute", "gestern", "hoy", "ayer",
                                            "aujourd'hui", "hier", "oggi", "ieri", "hoje", "ontem"};
/// The words that make a time relative; a bare relative stamp needs one.
constexpr std::string_view k_relative_markers[] = {"ago", "vor", "hace", "il y a", "fa", "há"};

/// Words that join a date's parts: prepositions, "Uhr", time zones, days of the week.
constexpr std::string_view k_joiners[] = {
    "at", "on", "the", "of", "and", "am", "pm", "a.m", "p.m", "et", "est", "edt", "ct", "pt", "pst", "pdt", "gmt",
    "utc", "bst", "cet", "cest",
    // Zones of Africa, Asia, Oceania, South America and Europe's east and west, as stamps print them.
    "eat", "wat", "cat", "sast", "ist", "aest", "aedt", "awst", "nzst", "nzdt", "brt", "art", "hkt", "sgt", "eet",
    "eest", "wet", "west", "mez", "mesz", "msk", "cst", "cdt", "mst", "mdt", "ast", "adt",
    "um", "uhr", "den", "el", "las", "la", "del", "le", "à", "h", "alle", "il", "às",
    "em", "do", "da", "di", "dei", "in", "|", "-", "/", "·", "—", "–", "at:",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch",
    "donnerstag", "freitag", "samstag", "sonntag", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
    "domingo", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunedì", "martedì",
    "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
    "sexta-feira", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
};

/// Words that open a byline, in the six languages.
constexpr std::string_view k_byline_openings[] = {"by", "von", "por", "par", "di", "da", "de", "door"};

/// Reading-time words: the label ("Lesezeit", "Temps de lecture") or the "read" of "5 min read".
constexpr std::string_view k_reading_words[] = {
    "read", "reading", "lesezeit", "lesedauer", "lectura", "lecture", "lettura", "leitura",
};
/// Words a reading-time line may hold besides those: its units and small words.
constexpr std::string_view k_reading_fillers[] = {
    "time", "estimated", "about", "approx", "ca", "etwa", "tiempo", "de", "temps", "tempo", "di", "of", "·", "|",
    "-", "—", "–",
};
constexpr std::string_view k_minute_units[] = {
    "min", "mins", "minute", "minutes", "minuten", "minuto", "minutos", "minuti", "minutes'", "m",
};

/// What a time line without a number may open with: a relative time ("Hace una hora", "Vor
/// einer Stunde", "Il y a une heure", "Há uma hora") or a byline before one.
constexpr shape::Phrases k_plain_openings{{"hace", "vor", "il y a", "há", "by", "von", "por", "par", "di", "da", "de",
                                           "door", "today", "yesterday", "heute", "gestern", "hoy", "ayer", "hier",
                                           "oggi", "ieri", "hoje", "ontem", "aujourd'hui"}};

/// `token` without the punctuation that may cling to its edges (",", ":", "(", ")", ".").
std::string_view bare(std::string_view token) {
  auto edge = [](char c) { return c == ',' || c == ':' || c == ';' || c == '(' || c == ')' || c == '.'; };
  while (!token.empty() && edge(token.front())) token.remove_prefix(1);
  while (!token.empty() && edge(token.back())) token.remove_suffix(1);
  return token;
}


/// Calls `visit(token)` for each space-separated, edge-trimmed, non-empty token of `key`; stops and
/// returns false when `visit` does.
template <class Visit>
bool each_token(std::string_view key, Visit&& visit) {
  while (!key.empty()) {
    std::size_t end = key.find(' ');
    std::string_view token = bare(key.substr(0, end));
    key = end == std::string_view::npos ? std::string_view{} : key.substr(end + 1);
    if (!token.empty() && !visit(token)) return false;
  }
  return true;
}

/// The markers' pairs, for a first test with the line's signature: most lines hold no marker.
constexpr shape::PairSet k_relative_marker_pairs{k_relative_markers, shape::KeyPhrases{}};

/// True when `key` holds a relative marker as a whole phrase. Callers ask only when the line's
/// signature may hold one (k_relative_marker_pairs).
bool has_relative_marker(std::string_view key) {
  for (std::string_view marker : k_relative_markers)
    if (shape::key_contains_words(key, marker)) return true;
  return false;
}

/// True when every token of `key` is a word of time, and one is a number, a month or a
/// relative time: the part of a stamp after its label. `label_words` lets a second stamp's
/// label stand among them.
bool is_time(std::string_view key, bool label_words) {
  bool anchored = false;
  bool all = each_token(key, [&](std::string_view token) {
    if (shape::has_digit(token)) {
      anchored = true;
      return token.size() <= k_max_number_bytes;
    }
    if (shape::is_one_of(token, k_months) || shape::is_one_of(token, k_relative)) {
      anchored = anchored || !shape::is_one_of(token, k_relative) || shape::is_one_of(token, k_relative_markers) ||
                 shape::is_one_of(token, k_day_words);
      return true;
    }
    return shape::is_one_of(token, k_joiners) || (label_words && shape::is_one_of(token, k_label_words));
  });
  return all && anchored;
}

/// A stamp: a label and a time ("Updated: March 12, 2024 at 4:05 p.m. ET"), or a relative
/// time alone ("3 hours ago", "Hace 5 horas"). `marker`: the line may hold a relative marker.
bool is_stamp(std::string_view text, std::string_view key, ListLanguages languages, bool marker) {
  std::string_view label = opening_in(text, k_labels, languages);
  if (!label.empty()) {
    std::string_view rest = key.substr(label.size());
    if (!rest.starts_with(' ') && !rest.starts_with(':')) return false;  // "Updates", "Stand-up"
    return is_time(rest.substr(1), true);
  }
  // The marker first: most lines hold none, and it is a few finds where is_time() tests tokens
  // against the word lists.
  return marker && has_relative_marker(key) && is_time(key, false);
}

/// "5 min read", "Lesezeit: 3 Min.", "Tempo di lettura: 3 minuti": a number, a unit of
/// minutes and a reading word, and nothing else.
bool is_reading_time(std::string_view key) {
  if (shape::key_word_count(key) > k_max_reading_words) return false;
  bool number = false, unit = false, reading = false;
  bool all = each_token(key, [&](std::string_view token) {
    if (shape::has_digit(token)) {
      // "4min", "3-5": a number, maybe with its unit glued on.
      number = true;
      std::size_t digits = 0;
      auto numeral = [](char c) { return (c >= '0' && c <= '9') || c == '-'; };
      while (digits < token.size() && numeral(token[digits])) ++digits;
      std::string_view tail = token.substr(digits);
      if (!tail.empty()) unit = unit || shape::is_one_of(tail, k_minute_units);
      return tail.empty() || shape::is_one_of(tail, k_minute_units);
    }
    if (shape::is_one_of(token, k_minute_units)) return unit = true;
    if (shape::is_one_of(token, k_reading_words)) return reading = true;
    return shape::is_one_of(token, k_reading_fillers);
  });
  return all && number && unit && reading;
}

/// Byte offset of the last " | ", " - ", " — ", " – " or " · " in `key`, with its length; npos when none.
std::size_t last_separator(std::string_view key, std::size_t* length) {
  constexpr std::string_view k_separators[] = {" | ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " \xC2\xB7 "};
  std::size_t best = std::string_view::npos;
  for (std::string_view separator : k_separators) {
    std::size_t at = key.rfind(separator);
    if (at != std::string_view::npos && (best == std::string_view::npos || at > best)) {
      best = at;
      *length = separator.size();
    }
  }
  return best;
}

/// "By Jane Roe | Published 2 hours ago", "Par Claire Dubois - Il y a 3 heures": a byline, a
/// separator and a stamp or a date.
bool is_byline_stamp(std::string_view key, ListLanguages languages, bool marker) {
  std::size_t space = key.find(' ');
  if (space == std::string_view::npos || !shape::is_one_of(key.substr(0, space), k_byline_openings)) return false;
  std::size_t length = 0;
  std::size_t at = last_separator(key, &length);
  if (at == std::string_view::npos || at < space) return false;
  std::string_view byline = key.substr(0, at);
  std::string_view stamp = key.substr(at + length);
  if (shape::key_word_count(byline) > k_max_byline_words) return false;
  if (byline.find_first_of(".:;!?") != std::string_view::npos) return false;
  return is_stamp(stamp, stamp, languages, marker) || is_time(stamp, true);
}

/// Openings of an update note written as a sentence about the article ("This article was updated
/// at 9.40", "Dieser Artikel wurde um 9.40 Uhr aktualisiert"): its subject and auxiliary verb.
constexpr std::string_view k_note_openings_en[] = {
    "this article was", "this article has been", "this story was", "this story has been", "this post was",
    "this post has been", "this page was", "this report was",
};
constexpr std::string_view k_note_openings_de[] = {
    "dieser artikel wurde", "der artikel wurde", "dieser beitrag wurde", "der beitrag wurde", "dieser text wurde",
    "diese meldung wurde",
};
constexpr std::string_view k_note_openings_es[] = {
    "este artículo fue", "este artículo ha sido", "esta noticia fue", "esta noticia ha sido", "este artículo se",
    "esta información fue", "esta información ha sido",
};
constexpr std::string_view k_note_openings_fr[] = {
    "cet article a été", "cet article a", "cet article est", "cette information a été", "cette dépêche a été",
    "l'article a été", "l’article a été",
};
constexpr std::string_view k_note_openings_it[] = {
    "questo articolo è stato", "l'articolo è stato", "l’articolo è stato", "questa notizia è stata",
    "articolo aggiornato", "notizia aggiornata",
};
constexpr std::string_view k_note_openings_pt[] = {
    "este artigo foi", "esta notícia foi", "este texto foi", "esta matéria foi", "a notícia foi", "o artigo foi",
    "notícia atualizada", "matéria atualizada",
};
constexpr LanguageWords k_note_opening_lists[] = {
    {ListLanguage::en, k_note_openings_en}, {ListLanguage::es, k_note_openings_es},
    {ListLanguage::de, k_note_openings_de}, {ListLanguage::fr, k_note_openings_fr},
    {ListLanguage::pt, k_note_openings_pt}, {ListLanguage::it, k_note_openings_it},
};
constexpr LanguagePhrases<total_words(k_note_opening_lists)> k_note_openings{k_note_opening_lists};

/// The verbs of such a note, one of which it must hold: it says the article was updated or published.
constexpr std::string_view k_note_verbs[] = {
    "updated", "published", "modified", "aktualisiert", "veröffentlicht", "geändert", "actualizado", "actualizada",
    "publicado", "publicada", "actualizó", "publicó", "jour", "publié", "modifié", "aggiornato", "aggiornata",
    "pubblicato", "pubblicata", "modificato", "atualizado", "atualizada", "atualizou", "modificado",
};
/// Words such a note may add to its time: "originally", "last", "first".
constexpr std::string_view k_note_fillers[] = {
    "originally", "last", "first", "zuletzt", "erstmals", "ursprünglich", "originalmente", "inicialmente",
    "initialement", "originellement", "originariamente", "inizialmente", "mis", "mise",
};

/// "This article was updated at 9.40", "Questo articolo è stato aggiornato alle 9.40": a sentence
/// whose subject is the article and whose rest is an update verb and a time, nothing else. A
/// sentence that goes on to say what changed ("... to correct the name of ...") is the editor's note.
bool is_update_note(std::string_view text, std::string_view key, ListLanguages languages) {
  std::string_view opening = opening_in(text, k_note_openings, languages);
  if (opening.empty() || key.size() <= opening.size() || key[opening.size()] != ' ') return false;
  std::string_view rest = key.substr(opening.size() + 1);
  bool verb = false, anchored = false;
  bool all = each_token(rest, [&](std::string_view token) {
    if (shape::is_one_of(token, k_note_verbs)) return verb = true;
    if (shape::has_digit(token)) {
      anchored = true;
      return token.size() <= k_max_number_bytes;
    }
    if (shape::is_one_of(token, k_months) || shape::is_one_of(token, k_day_words)) return anchored = true;
    return shape::is_one_of(token, k_joiners) || shape::is_one_of(token, k_note_fillers) ||
           shape::is_one_of(token, k_relative);
  });
  return all && verb && anchored;
}

/// "12.03.2024 14:03 Uhr · Aktualisiert 15:20 Uhr", "12/03/2024 14h03 · Mis à jour 15h20": a
/// date first (or a relative time: "Vor 2 Stunden aktualisiert"), then a stamp's label and its time. A date alone, without the label, may be
/// a list's entry and is left to the other rules.
bool is_dated_update(std::string_view key, bool marker) {
  if (key.empty() || ((key[0] < '0' || key[0] > '9') && !(marker && has_relative_marker(key)))) return false;
  bool label = false;
  each_token(key, [&](std::string_view token) {
    label = label || shape::is_one_of(token, k_note_verbs);
    return !label;
  });
  return label && is_time(key, true);
}

/// shape::has_digit(text) for `text`, a block's text trimmed, told by `pairs`, the signature of
/// the block: a digit with a byte after it in the block sets a bit in its row, and the block's
/// last digit, if nothing follows it, is the last byte of `text`. The credit stage, first in
/// this row, has built the signature of most lines.
bool holds_digit(std::string_view text, const shape::LinePairs& pairs) {
  return pairs.after_digit() != 0 || (!text.empty() && text.back() >= '0' && text.back() <= '9');
}

}  // namespace

/// Marks that set a section's crumbs off from each other and from the stamp after them:
/// "Moda · Tendências · Publicado há 4 horas", "Politics | Updated 3 hours ago".
constexpr std::string_view k_crumb_separators[] = {" \xC2\xB7 ", " | ", " \xE2\x80\xA2 "};
/// A crumb is a section's name: a few words; a line of crumbs and a stamp, a few dozen bytes.
constexpr std::size_t k_max_crumb_words = 3;
constexpr std::size_t k_max_crumbs_line_bytes = 100;

/// The part of `text` after its last crumb separator when every part before it is a crumb (a
/// few words, no digit, no sentence's mark); "" otherwise.
std::string_view after_crumbs(std::string_view text) {
  // A line of crumbs and a stamp is short, and holds a bar, a middle dot or a bullet: a few
  // memchr turn most lines away before the separators themselves are looked for.
  if (text.size() > k_max_crumbs_line_bytes ||
      (text.find('|') == std::string_view::npos && text.find("\xC2\xB7") == std::string_view::npos &&
       text.find("\xE2\x80\xA2") == std::string_view::npos))
    return {};
  std::size_t cut = std::string_view::npos, length = 0;
  for (std::string_view separator : k_crumb_separators) {
    std::size_t at = text.rfind(separator);
    if (at != std::string_view::npos && (cut == std::string_view::npos || at > cut)) {
      cut = at;
      length = separator.size();
    }
  }
  if (cut == std::string_view::npos || cut == 0) return {};
  std::string_view crumbs = text.substr(0, cut);
  std::size_t words = 0, pieces = 1;
  for (std::size_t at = 0; at < crumbs.size();) {
    std::size_t end = std::min(crumbs.find(' ', at), crumbs.size());
    std::string_view word = crumbs.substr(at, end - at);
    bool mark = false;
    for (std::string_view separator : k_crumb_separators) mark = mark || word == shape::trim(separator);
    if (mark) {
      ++pieces;
    } else if (!word.empty()) {
      if (word.find_first_of("0123456789.,;?!") != std::string_view::npos) return {};
      ++words;
    }
    at = end + 1;
  }
  if (words > k_max_crumb_words * pieces) return {};
  return shape::trim(text.substr(cut + length));
}

namespace {

/// The marks that set a row's parts apart: a middle dot, a bar, a bullet, spaced.
constexpr std::string_view k_row_marks[] = {" \xC2\xB7 ", " | ", " \xE2\x80\xA2 "};

/// True when `text` holds one of k_row_marks.
bool holds_row_mark(std::string_view text) {
  return shape::first_mark(text, k_row_marks).first != std::string_view::npos;
}

/// False when a line whose signature is `pairs` holds no space before a bar or a UTF-8 sequence's
/// lead byte, so none of k_row_marks (for certain).
bool may_hold_row_mark(const shape::LinePairs& pairs) {
  const std::uint64_t after_space = pairs.rows[shape::pair_class(' ')];
  return (after_space >> shape::pair_class('|') & 1u) != 0 || (after_space >> shape::pair_class('\xC2') & 1u) != 0;
}

/// The tools a reading time's row may carry beside it: the text size's buttons, keyed ("Temps
/// de lecture : 4 min · A- A+ · Imprimer").
constexpr std::string_view k_row_tools[] = {"a- a+", "a\xE2\x88\x92 a+", "a a a"};
/// Words of the buttons beside a reading time besides the listen button's (below), in the six
/// languages: print and share ("Artikel drucken", "Stampa", "Partager").
constexpr std::string_view k_row_tool_words[] = {
    "print", "imprimer", "drucken", "imprimir", "stampa", "stampare",
    "share", "partager", "teilen", "compartir", "condividi", "compartilhar", "partilhar",
};
/// Words of the listen (read aloud) button ("Listen to this story", "Ascolta l'articolo"), whose
/// row may give the recording's length as a bare duration ("▶ Listen to this update · 5 min").
constexpr std::string_view k_listen_words[] = {"listen", "écouter", "écoutez", "anhören", "vorlesen", "escuchar",
                                               "escucha", "ascolta", "ascoltare", "ouvir", "ouça"};
/// A tool's button is a few words ("Artikel vorlesen lassen", "Listen to this story").
constexpr std::size_t k_max_tool_words = 4;

/// True when `key` (a part of a row, keyed) is one of `words`' buttons: a few words, one of them
/// from `words`.
template <std::size_t N>
bool is_button_of(std::string_view key, const std::string_view (&words)[N]) {
  if (shape::key_word_count(key) > k_max_tool_words) return false;
  for (std::string_view word : words)
    if (shape::key_contains_words(key, word)) return true;
  return false;
}

/// Words of a comment count beside a reading time ("· 14 Kommentare"), keyed, in the six languages.
constexpr std::string_view k_comment_count_words[] = {
    "comment", "comments", "kommentar", "kommentare", "comentario", "comentarios", "commentaire", "commentaires",
    "commento", "commenti", "comentário", "comentários",
};

/// True when `key` is a number and one word of `words`, and nothing else: a comment count ("14
/// kommentare", k_comment_count_words) or a duration alone ("5 min", k_minute_units).
template <std::size_t N>
bool is_number_then(std::string_view key, const std::string_view (&words)[N]) {
  std::size_t space = key.find(' ');
  if (space == std::string_view::npos || space == 0 || key.find(' ', space + 1) != std::string_view::npos) return false;
  return shape::all_digits(key.substr(0, space)) && shape::is_one_of(key.substr(space + 1), words);
}

/// Calls `visit(part)` for each part of `row` between k_row_marks (each past its pictograph),
/// while `visit` returns true.
template <typename Visit>
void for_each_row_part(std::string_view row, Visit visit) {
  while (!row.empty()) {
    auto [cut, width] = shape::first_mark(row, k_row_marks);
    if (!visit(shape::past_pictograph(shape::trim(row.substr(0, cut)))) || cut == std::string_view::npos) return;
    row = shape::trim(row.substr(cut + width));
  }
}

}  // namespace

std::optional<std::string> TimestampFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = shape::trim(doc.blocks[index].text);
  if (text.empty() || text.size() > k_max_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  // Every time line holds a number or opens on a label, a relative time or a byline, or ends on
  // "ago": most lines are turned away here, before they are keyed.
  ListLanguages languages = list_languages(doc);
  bool label = !opening_in(text, k_labels, languages).empty();
  if (!label && !holds_digit(text, shape::line_pairs(doc.blocks[index].text)) &&
      shape::opening_in(text, k_plain_openings).empty() &&
      !shape::ends_with_ci(text, " ago"))
    return std::nullopt;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_words) return std::nullopt;
  if (is_reading_time(key)) return "a reading-time estimate";
  // A relative marker of the key stands in the line (see k_relative_marker_pairs).
  const bool marker = k_relative_marker_pairs.may_hold_any(shape::line_pairs(doc.blocks[index].text));
  if (is_stamp(text, key, languages, marker)) return "a publish or update stamp";
  if (is_byline_stamp(key, languages, marker)) return "a byline with its stamp";
  if (is_update_note(text, key, languages) || is_dated_update(key, marker)) return "a publish or update stamp";
  if (std::string_view row = shape::past_pictograph(text);
      row.size() != text.size() ||
      (may_hold_row_mark(shape::line_pairs(doc.blocks[index].text)) && holds_row_mark(row))) {
    // A reading time and a stamp in one row, or either after a pictograph ("3 min read · Updated
    // 14:22 EAT", "Atualizado há 2 horas · 🕑 3 min de leitura", "⏱ Tempo di lettura: 3 minuti").
    // A listen button's row may give its recording's length alone ("▶ Listen to this update ·
    // 5 min"): that is its reading time.
    bool reading = false, all = true, listen = false, duration = false;
    std::size_t stamps = 0;
    for_each_row_part(row, [&](std::string_view part) {
      std::string_view part_key = shape::scratch_key(part);
      if (is_reading_time(part_key)) reading = true;
      else if (is_stamp(part, part_key, languages, marker) || is_update_note(part, part_key, languages)) ++stamps;
      else if (is_number_then(part_key, k_minute_units)) duration = true;
      else if (is_button_of(part_key, k_listen_words)) listen = true;
      else all = shape::is_one_of(part_key, k_row_tools) || is_button_of(part_key, k_row_tool_words) ||
                 is_number_then(part_key, k_comment_count_words);
      return all;
    });
    if (all && (reading || (listen && duration))) return "a reading-time estimate";
    if (all && stamps > 1) return "a publish or update stamp";
  }
  if (std::string_view stamp = after_crumbs(text); !stamp.empty()) {
    std::string_view stamp_key = shape::scratch_key(stamp);
    if (is_reading_time(stamp_key)) return "a reading-time estimate after the section's name";
    // The line's `marker` holds for any part of it (its signature holds the part's pairs).
    if (is_stamp(stamp, stamp_key, languages, marker)) return "a publish or update stamp after the section's name";
  }
  return std::nullopt;
}

}  // namespace pith
