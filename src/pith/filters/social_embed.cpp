// social-embed: what is left of an embedded post once its script is gone — the post's text
// ending in its image link, the "— Name (@handle) date" attribution, Instagram/Getty/YouTube labels.
#include "pith/filters/social_embed.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "pith/base/line_shape.h"
#include "pith/filters/key_gate.h"
#include "pith/language/word_lists.h"
#include "pith/base/sentences.h"
#include "pith/input/utf8.h"

namespace pith {

namespace {

/// Posts are capped at 280 characters; 320 leaves room for the trailing link.
constexpr std::size_t k_max_post_chars = 320;
/// An attribution is a name, a handle and a date; anything longer is prose.
constexpr std::size_t k_max_attribution_bytes = 200;
/// Display names run to a few words; more than this before the handle is a sentence.
constexpr std::size_t k_max_name_words = 8;

/// Links an embedded post's text ends with when the embed script never ran.
constexpr std::string_view k_post_link_prefixes[] = {
    "pic.twitter.com/", "https://t.co/", "http://t.co/", "pic.x.com/", "https://pic.x.com/",
};

/// Month names (and English abbreviations) in English, Spanish, German, French, Portuguese
/// and Italian, lower case; the attribution's date uses the site's language. One table for all
/// six: a month name counts only inside an attribution's date, whatever the document's
/// language, and mark_spans() judges a line without its document.
constexpr std::string_view k_months[] = {
    // English
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec",
    // Spanish
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre",
    "octubre", "noviembre", "diciembre",
    // German (the rest are spelled as in English)
    "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
    // French
    "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre",
    // Portuguese
    "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro",
    "dezembro",
    // Italian
    "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
};


/// How an Instagram embed opens; a page may give the whole embed, caption and all, as one block.
constexpr std::string_view k_instagram_labels_en[] = {"view this post on instagram"};
constexpr std::string_view k_instagram_labels_es[] = {
    "ver esta publicación en instagram", "ver esta publicación de instagram",
};
constexpr std::string_view k_instagram_labels_de[] = {"diesen beitrag auf instagram ansehen"};
constexpr std::string_view k_instagram_labels_fr[] = {"voir cette publication sur instagram"};
constexpr std::string_view k_instagram_labels_pt[] = {
    "ver esta publicação no instagram", "ver essa foto no instagram", "ver essa publicação no instagram",
};
constexpr std::string_view k_instagram_labels_it[] = {"visualizza questo post su instagram"};
constexpr LanguageWords k_instagram_label_lists[] = {
    {ListLanguage::en, k_instagram_labels_en}, {ListLanguage::es, k_instagram_labels_es},
    {ListLanguage::de, k_instagram_labels_de}, {ListLanguage::fr, k_instagram_labels_fr},
    {ListLanguage::pt, k_instagram_labels_pt}, {ListLanguage::it, k_instagram_labels_it},
};
constexpr LanguagePhrases<total_words(k_instagram_label_lists)> k_instagram_labels{k_instagram_label_lists};

/// Whole lines an embed leaves behind (compared with shape::key()).
constexpr std::string_view k_embed_labels_en[] = {
    "view on instagram", "embed from getty images", "watch on youtube", "view on youtube", "watch on tiktok",
    "view on threads", "view on x", "view on facebook", "view this post on facebook",
};
constexpr std::string_view k_embed_labels_es[] = {"ver en youtube", "ver en facebook", "ver publicación en facebook"};
constexpr std::string_view k_embed_labels_de[] = {"beitrag auf instagram ansehen", "auf youtube ansehen",
                                                  "auf facebook ansehen", "beitrag auf facebook ansehen"};
constexpr std::string_view k_embed_labels_fr[] = {"regarder sur youtube", "voir sur facebook",
                                                  "voir la publication sur facebook"};
constexpr std::string_view k_embed_labels_pt[] = {"assistir no youtube", "ver no facebook", "ver publicação no facebook"};
constexpr std::string_view k_embed_labels_it[] = {"guarda su youtube", "vedi su facebook", "visualizza su facebook"};
constexpr LanguageWords k_embed_label_lists[] = {
    {ListLanguage::en, k_embed_labels_en}, {ListLanguage::es, k_embed_labels_es},
    {ListLanguage::de, k_embed_labels_de}, {ListLanguage::fr, k_embed_labels_fr},
    {ListLanguage::pt, k_embed_labels_pt}, {ListLanguage::it, k_embed_labels_it},
};
constexpr LanguagePhrases<total_words(k_embed_label_lists)> k_embed_labels{k_embed_label_lists};
constexpr KeyGate k_embed_label_gate{k_embed_labels};

/// How an Instagram embed's own attribution starts; a name and "(@handle)" follow.
constexpr std::string_view k_shared_by_en[] = {"a post shared by"};
constexpr std::string_view k_shared_by_es[] = {"una publicación compartida por", "una publicación compartida de"};
constexpr std::string_view k_shared_by_de[] = {"ein beitrag geteilt von"};
constexpr std::string_view k_shared_by_fr[] = {"une publication partagée par"};
constexpr std::string_view k_shared_by_pt[] = {"uma publicação compartilhada por", "uma publicação partilhada por"};
constexpr std::string_view k_shared_by_it[] = {"un post condiviso da"};
constexpr LanguageWords k_shared_by_lists[] = {
    {ListLanguage::en, k_shared_by_en}, {ListLanguage::es, k_shared_by_es}, {ListLanguage::de, k_shared_by_de},
    {ListLanguage::fr, k_shared_by_fr}, {ListLanguage::pt, k_shared_by_pt}, {ListLanguage::it, k_shared_by_it},
};
constexpr LanguagePhrases<total_words(k_shared_by_lists)> k_shared_by{k_shared_by_lists};

bool is_month(std::string_view word) {
  for (std::string_view month : k_months)
    if (word.size() == month.size() && shape::starts_with_ci(word, month)) return true;
  return false;
}

bool is_day(std::string_view word) {
  if (word.empty() || word.size() > 2) return false;
  int day = 0;
  for (char c : word) {
    if (c < '0' || c > '9') return false;
    day = day * 10 + (c - '0');
  }
  return day >= 1 && day <= 31;
}

bool is_year(std::string_view word) { return word.size() == 4 && shape::has_year(word); }

/// One word of a date: the bytes up to the next space, and where the scan goes on.
struct DateWord {
  std::string_view word;  ///< with trailing ",." dropped
  std::size_t end = 0;    ///< byte offset just past the word as written (its ",." included)
};

/// The word of `text` starting at or after `pos` (past spaces).
DateWord date_word_at(std::string_view text, std::size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  std::size_t end = text.find(' ', pos);
  if (end == std::string_view::npos) end = text.size();
  std::string_view word = text.substr(pos, end - pos);
  while (!word.empty() && (word.back() == ',' || word.back() == '.')) word.remove_suffix(1);
  return {word, end};
}

/// Where a date opening `text` at `pos` ends ("February 18, 2025", "18 Feb 2025", "18. Februar
/// 2025", "18 de febrero de 2025"), just past the year's four digits; 0 when no date opens
/// there. The year may run straight into the next paragraph's word, as in a dump that lost
/// its line breaks ("December 21, 2017Someone").
std::size_t date_end(std::string_view text, std::size_t pos) {
  std::array<std::string_view, 2> words;
  std::size_t count = 0;
  while (count < words.size()) {
    DateWord next = date_word_at(text, pos);
    if (next.word.empty()) return 0;
    pos = next.end;
    if (next.word == "de" || next.word == "del") continue;
    words[count++] = next.word;
  }
  bool day_month = (is_month(words[0]) && is_day(words[1])) || (is_day(words[0]) && is_month(words[1]));
  if (!day_month) return 0;
  DateWord year = date_word_at(text, pos);
  if (year.word == "de" || year.word == "del") year = date_word_at(text, year.end);
  if (year.word.size() < 4 || !is_year(year.word.substr(0, 4))) return 0;
  if (year.word.size() > 4 && year.word[4] >= '0' && year.word[4] <= '9') return 0;
  return static_cast<std::size_t>(year.word.data() - text.data()) + 4;
}

/// True when `text` is a date alone (date_end() reaches its end, but for a final full stop).
bool is_date(std::string_view text) {
  text = shape::trim(text);
  std::size_t end = date_end(text, 0);
  if (end == 0) return false;
  std::string_view rest = text.substr(end);
  return rest.empty() || rest == "." || rest == ",";
}

/// True when `word` (trailing ",." dropped) opens a month's name, three letters at least: the
/// abbreviations each language's embed writes ("okt", "Ott", "févr", "Out").
bool is_month_abbreviation(std::string_view word) {
  while (!word.empty() && (word.back() == ',' || word.back() == '.')) word.remove_suffix(1);
  if (word.size() < 3) return false;
  for (std::string_view month : k_months)
    if (month.size() >= word.size() && shape::starts_with_ci(month, word)) return true;
  return false;
}

/// Words an Instagram embed's timestamp joins its date and time with, in the six languages and
/// Dutch: "on Oct 2, 2019 at 11:14am PDT", "op 2 okt 2019 om 11:14 PDT", "in data: 2 Ott 2019
/// alle ore 11:14 PDT", "em 2 de Out, 2019 às 11:14 PDT".
constexpr std::string_view k_timestamp_joins[] = {
    "on", "at", "op", "om", "am", "um", "le", "à", "a", "las", "el", "de", "del", "em", "às", "il", "su", "in",
    "data", "data:", "alle", "ore",
};
/// A timestamp is a date and a time; longer is prose.
constexpr std::size_t k_max_timestamp_bytes = 48;

/// True when `text` is an Instagram embed's timestamp alone, whatever its language: its words
/// are joining words (k_timestamp_joins), figures and month names, a year among them, and it
/// ends in the Pacific time zone Instagram prints ("PDT", "PST"). "posted the video on 2 Oct
/// 2019 at 11:14 PDT" holds other words and is no timestamp.
bool is_post_timestamp(std::string_view text) {
  text = shape::trim(text);
  if (text.size() > k_max_timestamp_bytes || !(text.ends_with(" PDT") || text.ends_with(" PST"))) return false;
  text.remove_suffix(4);
  bool year = false;
  bool words = shape::each_word(text, [&](std::string_view word) {
    if (shape::has_digit(word)) {
      year |= word.size() >= 4 && shape::has_year(word);
      return true;
    }
    return shape::is_one_of_ci(word, k_timestamp_joins) || is_month_abbreviation(word);
  });
  return words && year;
}

/// Marks an attribution may put between the handle and the date ("(@handle) · 22 novembre 2019").
std::string_view without_date_mark(std::string_view text) {
  text = shape::trim(text);
  for (std::string_view mark : {"\xC2\xB7", "\xE2\x80\xA2", "|"})
    if (text.starts_with(mark)) return text.substr(mark.size());
  return text;
}

bool is_handle_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
}

/// "Name (@handle) Month D, YYYY" or "@handle March 3, 2024": at most a short name, a handle,
/// then nothing but a date. Without the dash that opens an attribution only the "(@handle)"
/// form is distinctive enough (`need_parens`).
bool is_signed_date(std::string_view text, bool need_parens) {
  std::size_t at = text.find('@');
  if (at == std::string_view::npos) return false;
  std::string_view name = shape::trim(text.substr(0, at));
  bool parens = name.ends_with('(');
  if (parens) name.remove_suffix(1);
  if (need_parens && (!parens || name.empty())) return false;
  if (shape::word_count(name) > k_max_name_words) return false;
  std::size_t end = at + 1;
  while (end < text.size() && is_handle_byte(text[end])) ++end;
  if (end == at + 1) return false;
  std::string_view rest = text.substr(end);
  if (parens) {
    if (!rest.starts_with(')')) return false;
    rest.remove_prefix(1);
    // "(@handle) · date", and an Instagram embed's "(@handle) op 2 okt 2019 om 11:14 PDT".
    rest = without_date_mark(rest);
    if (is_post_timestamp(rest)) return true;
  }
  return is_date(rest);
}

/// "— Name (@handle) Month D, YYYY", "- @handle March 3, 2024", or a dump's "Name (@handle) date"
/// that lost its dash.
bool is_post_attribution(std::string_view text) {
  text = shape::trim(text);
  if (text.size() > k_max_attribution_bytes) return false;
  std::size_t dash = shape::dash_at(text);
  return dash ? is_signed_date(text.substr(dash), false) : is_signed_date(text, true);
}

/// A whole embed in one block, as a page's blockquote gives it: a post's text, then " — Name
/// (@handle) date".
bool is_post_with_attribution(std::string_view text) {
  text = shape::trim(text);
  if (text.size() > 4 * k_max_post_chars + k_max_attribution_bytes || text.find('@') == std::string_view::npos)
    return false;
  std::size_t from = text.size() > k_max_attribution_bytes ? text.size() - k_max_attribution_bytes : 1;
  for (std::size_t pos = std::max<std::size_t>(from, 1); pos < text.size(); ++pos) {
    if ((text[pos - 1] != ' ' && text[pos - 1] != '\n') || shape::dash_at(text.substr(pos)) == 0) continue;
    if (!is_post_attribution(text.substr(pos))) continue;
    std::string_view post = shape::trim(text.substr(0, pos));
    return !post.empty() && utf8::count_code_points(post) <= k_max_post_chars;
  }
  return false;
}

/// A post's text as the embed leaves it: ending in the post's image or short link.
bool ends_with_post_link(std::string_view text) {
  text = shape::trim(text);
  // The last word, found by a walk back over its bytes (find_last_of calls memchr per byte).
  std::size_t start = text.size();
  while (start > 0 && text[start - 1] != ' ' && text[start - 1] != '\n') --start;
  std::string_view last = text.substr(start);
  for (std::string_view prefix : k_post_link_prefixes)
    if (last.starts_with(prefix) && last.size() > prefix.size()) return true;
  return false;
}

/// "A post shared by Name (@handle)" with at most a date after it.
bool is_shared_by_line(std::string_view text, ListLanguages languages) {
  text = shape::trim(text);
  if (text.size() > k_max_attribution_bytes) return false;
  if (opening_in(text, k_shared_by, languages).empty()) return false;
  return text.find("(@") != std::string_view::npos || text.find(" @") != std::string_view::npos;
}

/// How a Facebook post's embed, when its script never ran, signs the post: "Posted by Millbrook
/// Fire Department on Tuesday, October 2, 2018", in the reader's language: the opening, the
/// page's name, a joining word, a weekday and a date. The weekday sets it apart from a blog's
/// own "Posted by Jane on March 3, 2018".
constexpr std::string_view k_posted_by_en[] = {"posted by"};
constexpr std::string_view k_posted_by_es[] = {"publicado por", "publicada por"};
constexpr std::string_view k_posted_by_de[] = {"gepostet von", "veröffentlicht von"};
constexpr std::string_view k_posted_by_fr[] = {"publié par", "publiée par"};
constexpr std::string_view k_posted_by_pt[] = {"publicado por", "publicada por"};
constexpr std::string_view k_posted_by_it[] = {"pubblicato da", "pubblicata da"};
constexpr LanguageWords k_posted_by_lists[] = {
    {ListLanguage::en, k_posted_by_en}, {ListLanguage::es, k_posted_by_es}, {ListLanguage::de, k_posted_by_de},
    {ListLanguage::fr, k_posted_by_fr}, {ListLanguage::pt, k_posted_by_pt}, {ListLanguage::it, k_posted_by_it},
};
constexpr LanguagePhrases<total_words(k_posted_by_lists)> k_posted_by{k_posted_by_lists};
/// Weekdays in the six languages, lower case (Portuguese's "-feira" forms by their first word).
constexpr std::string_view k_weekdays[] = {
    "monday",  "tuesday",  "wednesday", "thursday",  "friday",    "saturday", "sunday",    "lunes",   "martes",
    "miércoles", "jueves", "viernes",   "sábado",    "domingo",   "montag",   "dienstag",  "mittwoch", "donnerstag",
    "freitag", "samstag",  "sonntag",   "lundi",     "mardi",     "mercredi", "jeudi",     "vendredi", "samedi",
    "dimanche", "lunedì",  "martedì",   "mercoledì", "giovedì",   "venerdì",  "sabato",    "domenica", "segunda-feira",
    "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
};
/// The word that joins the page's name to the date: on, en, am, sur, em, su, le, il.
constexpr std::string_view k_posted_joins[] = {"on", "en", "am", "sur", "le", "em", "su", "il"};

/// The word before "Facebook" where a signature names the platform: on, sur, auf, en, su, no, em.
constexpr std::string_view k_platform_joins[] = {"on", "sur", "auf", "en", "su", "no", "na", "em"};

/// The counts after a post's date are a few words ("2,3 k partages", "48 comments").
constexpr std::size_t k_max_post_count_words = 4;

/// True when `text` is a Facebook embed's signature (see k_posted_by): the opening, a name of
/// at most k_max_name_words words, a joining word (and perhaps "Facebook,") or none before a
/// capitalised weekday, the weekday, then a date alone or with the post's counts after a
/// middle dot.
bool is_facebook_attribution(std::string_view text, ListLanguages languages) {
  text = shape::trim(text);
  if (text.size() > k_max_attribution_bytes) return false;
  std::string_view opening = opening_in(text, k_posted_by, languages);
  if (opening.empty()) return false;
  std::string_view rest = shape::skip_opening_marks(text);
  rest = rest.substr(shape::phrase_at(rest, opening));
  // The name runs to the last joining word that a weekday follows; the join may name the
  // platform first ("Publié par X sur Facebook, lundi 27 août 2018").
  std::size_t words = 0;
  bool found = false;
  bool platform_join = false;  // the previous word may join "Facebook" to the name
  bool before_date = false;    // the previous word is a joining word, or "Facebook" after one
  shape::each_word(rest, [&](std::string_view word) {
    std::string_view bare = word;
    while (!bare.empty() && bare.back() == ',') bare.remove_suffix(1);
    // The weekday follows a joining word, or the name directly when capitalised as a field of
    // its own ("Pubblicato da Pro Loco Demonte Domenica 6 ottobre 2019").
    const bool capitalised = !bare.empty() && bare[0] >= 'A' && bare[0] <= 'Z';
    if ((before_date || capitalised) && shape::is_one_of_ci(bare, k_weekdays) && words >= 2) {
      // The date after the weekday, and nothing else.
      std::size_t after = static_cast<std::size_t>(word.data() - rest.data()) + word.size();
      std::string_view date = rest.substr(after);
      // The post's counts may follow after a middle dot ("... 13 mars 2019 · 2,3 k partages").
      if (std::size_t dot = date.rfind(" \xC2\xB7 "); dot != std::string_view::npos) {
        std::string_view counts = date.substr(dot + 4);
        if (shape::has_digit(counts) && shape::word_count(counts) <= k_max_post_count_words) date = date.substr(0, dot);
      }
      found = is_date(date);
      return false;
    }
    before_date = shape::is_one_of_ci(word, k_posted_joins) || (platform_join && shape::equals_ci(bare, "facebook"));
    platform_join = shape::is_one_of_ci(word, k_platform_joins);
    return ++words <= k_max_name_words + 1;
  });
  return found;
}

/// An embed is at most a post's text and its attribution; a longer block is not one.
constexpr std::size_t k_max_embed_bytes = 4 * k_max_post_chars + 2 * k_max_attribution_bytes;

/// Counts an embed's card may print after its label, set apart by middle dots ("· 326 réactions ·
/// 58 commentaires"): each a number and a word or two.
constexpr std::size_t k_max_card_count_words = 3;
constexpr std::size_t k_max_counted_label_bytes = 160;

/// `text` without the counts (a number, then a word or two) that follow it after middle dots, or
/// `text` itself when any part after a dot is no count.
std::string_view without_card_counts(std::string_view text) {
  std::size_t dot = text.find(" \xC2\xB7 ");
  if (dot == std::string_view::npos) return text;
  for (std::string_view rest = text.substr(dot); !rest.empty();) {
    rest = shape::trim(rest.substr(4));  // " · "
    std::size_t next = rest.find(" \xC2\xB7 ");
    std::string_view count = rest.substr(0, next);
    if (count.empty() || !shape::is_ascii_digit(count[0]) || shape::word_count(count) > k_max_card_count_words)
      return text;
    rest = next == std::string_view::npos ? std::string_view{} : rest.substr(next);
  }
  return shape::trim(text.substr(0, dot));
}

bool is_embed_label(std::string_view text, ListLanguages languages) {
  if (text.size() <= k_max_embed_bytes && !opening_in(text, k_instagram_labels, languages).empty()) return true;
  // A middle dot (C2 B7) may set the card's counts after the label: most lines hold no C2.
  if (text.size() <= k_max_counted_label_bytes && std::memchr(text.data(), '\xC2', text.size()))
    text = without_card_counts(text);
  if (text.size() > 64) return false;
  // A key that is a label opens and ends as the label does (see KeyGate): most lines do not,
  // and are not keyed.
  if (!k_embed_label_gate.opens(key_opening(text)) || !k_embed_label_gate.may_end(key_closing(text))) return false;
  std::string_view key = shape::scratch_key(text);
  return is_one_of(key, k_embed_labels, k_whole_line_languages);
}

/// How a video embed's caption names the video's host, in the six languages ("Video YouTube",
/// "YouTube-Video", "Vidéo YouTube", "Vídeo do YouTube"), lower case.
constexpr std::string_view k_video_embed_labels[] = {
    "video youtube", "vídeo youtube", "vidéo youtube", "youtube video", "youtube-video", "youtube-vídeo",
    "vídeo do youtube", "vídeo de youtube", "video di youtube", "video de youtube", "vidéo de youtube",
};
/// A video's title is a line; the caption is no longer than an attribution.
constexpr std::size_t k_max_video_caption_bytes = k_max_attribution_bytes;

/// Marks a caption puts between its host label and the video's title.
constexpr std::string_view k_caption_marks[] = {"\xC2\xB7", "\xE2\x80\xA2", "|", ":", "-", "\xE2\x80\x93",
                                                "\xE2\x80\x94"};

/// A video embed's caption, its player gone: a play sign perhaps, the host label, then the
/// video's title after a mark or nothing ("▶ Video YouTube · Orto in 5 minuti", "YouTube-Video |
/// So schneiden Sie Tomaten aus"). "Video di YouTube mostra il crollo" has no mark and stays.
bool is_video_embed_caption(std::string_view text) {
  // A label opens with "vi", "ví" or "yo", or with a play sign before it ("▶", "►", "➤": a
  // geometric shape, an arrow or a dingbat, E2 86, E2 96..97 or E2 9E): most lines open
  // otherwise (a quotation mark is E2 80).
  if (text.size() < 3 || text.size() > k_max_video_caption_bytes) return false;
  auto lead = static_cast<unsigned char>(text[0]);
  auto second = static_cast<unsigned char>(text[1]);
  bool sign = lead == 0xE2 && (second == 0x86 || second == 0x96 || second == 0x97 || second == 0x9E);
  bool host = ((lead | 0x20) == 'v' && ((second | 0x20) == 'i' || second == 0xC3)) ||
              ((lead | 0x20) == 'y' && (second | 0x20) == 'o');
  if (!sign && !host) return false;
  // Past the signs (and an emoji's variation selector, EF B8 8F) and the spaces after them.
  while (!text.empty() && (static_cast<unsigned char>(text[0]) >= 0xE2 || text[0] == ' ')) {
    auto byte = static_cast<unsigned char>(text[0]);
    std::size_t width = byte == ' ' ? 1 : byte >= 0xF0 ? 4 : 3;
    if (text.size() < width) return false;
    text.remove_prefix(width);
  }
  std::string_view label;
  for (std::string_view candidate : k_video_embed_labels)
    if (shape::starts_with_ci(text, candidate)) label = candidate;
  if (label.empty()) return false;
  std::string_view rest = shape::trim(text.substr(label.size()));
  if (rest.empty()) return true;
  for (std::string_view mark : k_caption_marks)
    if (rest.starts_with(mark) && rest.size() > mark.size() && rest[mark.size()] == ' ') return true;
  return false;
}

/// Vimeo's embed, when its player never loads, leaves "<title> from <user> on Vimeo."
bool is_vimeo_fallback(std::string_view text) {
  text = shape::trim(text);
  if (text.size() > k_max_attribution_bytes + 100) return false;
  if (text.ends_with('.')) text.remove_suffix(1);
  if (!shape::ends_with_ci(text, " on vimeo")) return false;
  std::size_t from = text.rfind(" from ");
  if (from == std::string_view::npos || from == 0 || from + 6 >= text.size() - 9) return false;
  // The uploader's name, between "from" and "on Vimeo", is a few words.
  return shape::word_count(text.substr(from + 6, text.size() - 9 - from - 6)) <= 5;
}

/// YouTube's embed, when its player never loads, leaves the page title "<title> - YouTube".
bool is_youtube_title(std::string_view text) {
  text = shape::trim(text);
  if (text.size() > k_max_attribution_bytes + 100) return false;
  for (std::string_view suffix : {std::string_view(" - YouTube"), std::string_view(" \xE2\x80\x93 YouTube")})
    if (text.ends_with(suffix) && text.size() > suffix.size() + 2) return true;
  return false;
}

/// Words a video embed's card counts its views with, after the number.
constexpr std::string_view k_view_words[] = {
    "views", "view", "visualizaciones", "reproducciones", "vistas", "visualizações", "reproduções", "visualizzazioni",
    "vues", "visionnages", "aufrufe",
};
/// The last letters of those words: a line that ends on another byte, in either case, is turned
/// away by it alone.
constexpr std::array<bool, 256> k_view_word_ends = [] {
  std::array<bool, 256> ends{};
  for (std::string_view word : k_view_words) ends[static_cast<unsigned char>(word.back())] = true;
  return ends;
}();
/// Words that scale a count of views, between the number and the view word ("3,1 mil
/// visualizações", "1,2 Mio. Aufrufe", "2 million views", "1,5 M de vues"), lower case.
constexpr std::string_view k_count_scales[] = {
    "k", "m", "mil", "mi", "million", "millions", "thousand", "mio.", "mio", "mrd.", "tsd.", "mln", "mila", "mille",
    "millones", "millón", "milhões", "milhão", "milioni", "de",
};
/// A count's scale is a word or two ("1,5 M de vues").
constexpr std::size_t k_max_scale_words = 2;

/// The marks that set the count apart from the title and channel: dashes, a bar, a middle dot.
constexpr std::string_view k_card_marks[] = {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", " | ", " \xC2\xB7 "};

/// A video embed's card, its player never loaded: a title, perhaps its channel, then after a
/// dash, a bar or a dot the count of views, ending the line ("... | VLOG #47 — Mochila y Mapa —
/// 486.213 visualizaciones"). Prose counts views in a sentence, with no mark before the number.
bool is_video_card(std::string_view text) {
  if (text.empty() || !k_view_word_ends[static_cast<unsigned char>(text.back() | 0x20)]) return false;
  text = shape::trim(text);
  if (text.size() > k_max_attribution_bytes + 200) return false;
  std::size_t space = text.rfind(' ');
  if (space == std::string_view::npos) return false;
  std::string_view word = text.substr(space + 1);
  char folded[24];
  if (!shape::is_one_of(shape::lower_ascii_into(word, folded, sizeof folded), k_view_words)) return false;
  // Scale words before the view word, then the number before them: digits and their
  // separators, perhaps "k", "K" or "M" after them.
  for (std::size_t scales = 0; scales < k_max_scale_words && space > 0; ++scales) {
    std::size_t previous = text.rfind(' ', space - 1);
    if (previous == std::string_view::npos) break;
    std::string_view scale = text.substr(previous + 1, space - previous - 1);
    char folded_scale[16];
    if (!shape::is_one_of(shape::lower_ascii_into(scale, folded_scale, sizeof folded_scale), k_count_scales)) break;
    space = previous;
  }
  std::size_t start = space;
  // A space may group thousands ("12 400 vues"): a digit before it, three digits and no more after it.
  auto groups_thousands = [&](std::size_t at) {
    return text[at] == ' ' && at > 0 && at + 4 <= space && shape::is_ascii_digit(text[at - 1]) &&
           shape::all_digits(text.substr(at + 1, 3)) && (at + 4 == space || !shape::is_ascii_digit(text[at + 4]));
  };
  while (start > 0 && (shape::is_ascii_digit(text[start - 1]) || text[start - 1] == '.' || text[start - 1] == ',' ||
                       text[start - 1] == 'k' || text[start - 1] == 'K' || text[start - 1] == 'M' ||
                       groups_thousands(start - 1)))
    --start;
  if (start == space || !shape::is_ascii_digit(text[start])) return false;
  std::string_view before = text.substr(0, start);
  for (std::string_view mark : k_card_marks)
    if (before.ends_with(mark) && before.size() > mark.size()) return true;
  return false;
}

/// Words of a card's age after its count ("· há 2 dias", "· 2 days ago", "· vor 3 Tagen"), lower case.
constexpr std::string_view k_age_words[] = {
    "ago", "há", "hace", "vor", "il", "fa", "day", "days", "hour", "hours", "week", "weeks", "month", "months",
    "dias", "días", "dia", "día", "horas", "hora", "semanas", "meses", "tagen", "tag", "stunden", "wochen",
    "jours", "jour", "heures", "semaines", "mois", "giorni", "giorno", "ore", "settimane", "mesi",
};
/// The age is a few words at the line's end.
constexpr std::size_t k_max_age_bytes = 32;
constexpr std::size_t k_max_age_words = 4;

/// A video card (is_video_card()) with the video's age after its count, set apart by a card's
/// mark ("▶ YouTube · Sol de Inhambane TV · 12.431 visualizações · há 2 dias").
bool is_aged_video_card(std::string_view text) {
  text = shape::trim(text);
  // The age ends on one of its words ("há 2 dias", "2 days ago"): on a letter, where a
  // paragraph, most lines, ends on a stop; and most lines ending on a letter end on no such word.
  if (text.empty() || !shape::is_word_byte(text.back()) || shape::is_ascii_digit(text.back())) return false;
  if (!shape::last_word_is_one_of(text, k_age_words)) return false;
  std::string_view tail = text.substr(text.size() > k_max_age_bytes ? text.size() - k_max_age_bytes : 0);
  // The last card mark in the tail, read backwards once: a space opens every mark.
  std::size_t mark_at = std::string_view::npos, mark_size = 0;
  for (std::size_t at = tail.size(); at-- > 0 && mark_at == std::string_view::npos;) {
    if (tail[at] != ' ') continue;
    for (std::string_view mark : k_card_marks)
      if (tail.substr(at).starts_with(mark)) {
        mark_at = at;
        mark_size = mark.size();
        break;
      }
  }
  if (mark_at == std::string_view::npos) return false;
  // The age after the mark holds the line's last word, an age word (above), and a number.
  std::string_view age = tail.substr(mark_at + mark_size);
  if (!shape::has_digit(age) || shape::word_count(age) > k_max_age_words) return false;
  return is_video_card(text.substr(0, text.size() - tail.size() + mark_at));
}

/// A running time's bytes at most ("1:02:33").
constexpr std::size_t k_max_running_time_bytes = 8;

/// A video card (is_video_card()) with the video's running time after its count, set apart by a
/// card's mark ("Como usar o TapaBuraco | Zapeando Explica · 32 mil visualizações · 4:08").
bool is_timed_video_card(std::string_view text) {
  text = shape::trim(text);
  if (text.empty() || !shape::is_ascii_digit(text.back())) return false;
  // The running time's colon among the last bytes first: most lines ending on a digit end on a
  // year or a count.
  if (text.substr(text.size() > k_max_running_time_bytes ? text.size() - k_max_running_time_bytes : 0).find(':') ==
      std::string_view::npos)
    return false;
  for (std::string_view mark : k_card_marks) {
    std::size_t at = text.rfind(mark);
    if (at == std::string_view::npos || at + mark.size() >= text.size()) continue;
    if (shape::is_clock(shape::trim(text.substr(at + mark.size())))) return is_video_card(text.substr(0, at));
  }
  return false;
}

/// A video embed's card opening on its play sign and duration, then the title and perhaps the
/// channel ("▶ 2:14   Il backstage della prima – Palcoscenico TV").
constexpr std::size_t k_max_video_card_words = 24;
bool is_played_video_card(std::string_view text) {
  text = shape::trim(text);
  if (!text.starts_with("\xE2\x96\xB6") && !text.starts_with("\xE2\x96\xBA")) return false;
  std::string_view rest = shape::trim(text.substr(3));
  std::size_t digits = 0;
  while (digits < rest.size() && shape::is_ascii_digit(rest[digits])) ++digits;
  if (digits == 0 || digits > 2 || digits + 3 > rest.size() || rest[digits] != ':' ||
      !shape::is_ascii_digit(rest[digits + 1]) || !shape::is_ascii_digit(rest[digits + 2]))
    return false;
  std::string_view title = shape::trim(rest.substr(digits + 3));
  std::size_t words = shape::word_count(title);
  return words >= 2 && words <= k_max_video_card_words && !title.ends_with('.');
}

/// The sound line of TikTok's embed on a line of its own, under the clip's caption: the
/// beamed-notes sign, the sound's name, and its author's handle or name after a hyphen or an en
/// or em dash ("♬ som original - Berimbau de Ouro (@berimbau.ssa)", "♬ suono originale –
/// giulia.inmare"). Prose has no ♬ (U+266C).
bool is_tiktok_sound(std::string_view text) {
  text = shape::trim(text);
  if (!text.starts_with("\xE2\x99\xAC ") || text.size() > k_max_attribution_bytes) return false;
  std::string_view rest = text.substr(4);
  return rest.find(" - ") != std::string_view::npos || rest.find(" \xE2\x80\x93 ") != std::string_view::npos ||
         rest.find(" \xE2\x80\x94 ") != std::string_view::npos || rest.find('@') != std::string_view::npos;
}

/// TikTok's embed, its player never loaded: the caption with the author's handle or hashtags,
/// then the clip's sound after a beamed-notes sign ("@marta Sesta ora al porto 🙃 #sciopero ♬
/// suono originale - Marta"). Prose has no ♬ (U+266C).
bool is_tiktok_caption(std::string_view text) {
  std::size_t notes = text.find("\xE2\x99\xAC ");
  if (notes == std::string_view::npos || notes == 0 || notes + 4 >= text.size()) return false;
  std::string_view caption = shape::trim(text.substr(0, notes));
  return caption.starts_with('@') || caption.find(" #") != std::string_view::npos || caption.starts_with('#');
}

/// True when `text` bears a social post's marks: a hashtag or mention sign, a link, an
/// exclamation mark, a pictograph or dingbat (U+2600-U+27BF, or any 4-byte UTF-8 sequence,
/// where emoji live), or no closing punctuation (an embed's cut "In…" is none). An article's
/// sentence has none of them.
bool has_post_marks(std::string_view text) {
  text = shape::trim(text);
  if (text.empty()) return false;
  if (text.find_first_of("#@!") != std::string_view::npos || text.find("://") != std::string_view::npos) return true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0xF0) return true;
    if (byte == 0xE2 && i + 1 < text.size()) {
      auto next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x98 && next <= 0x9E) return true;  // U+2600-U+27BF
    }
  }
  // The closing mark, past closing quotes and brackets.
  std::size_t end = text.size();
  for (std::string_view closer : {"\"", ")", "\xE2\x80\x9D", "\xC2\xBB"})
    if (text.substr(0, end).ends_with(closer)) end -= closer.size();
  std::string_view body = text.substr(0, end);
  return !(body.ends_with('.') || body.ends_with('?') || body.ends_with(':'));
}

/// A short line standing right above an attribution is the post's text (`languages`: the
/// document's, list_languages()). Above a tweet's dashed signature it always is; above an
/// Instagram or Facebook signature, whose post may be an image alone, only when it bears a
/// post's marks (has_post_marks()): there the line above may be the article's.
bool is_post_text_before_attribution(const Document& doc, std::size_t index, ListLanguages languages) {
  const std::string& text = doc.blocks[index].text;
  if (text.size() > 4 * k_max_post_chars) return false;
  std::size_t next = next_kept(doc, index + 1);
  if (next == doc.blocks.size()) return false;
  const std::string& below = doc.blocks[next].text;
  // A tweet's and an Instagram post's attribution hold a handle: most lines below hold no '@'.
  // A Facebook post's signature opens with its fixed words instead.
  // (TikTok's sound line may name its author without the handle's '@'.)
  bool attribution = below.find('@') != std::string::npos
                         ? is_post_attribution(below) || is_shared_by_line(below, languages) || is_tiktok_sound(below)
                         : is_facebook_attribution(below, languages) || is_tiktok_sound(below);
  if (!attribution || utf8::count_code_points(text) > k_max_post_chars) return false;
  return shape::dash_at(shape::trim(below)) != 0 || has_post_marks(text);
}


// What follows finds posts glued inside a kept article line (mark_spans), where a dump lost
// the line breaks around them.

/// Where a post's link starts and ends inside a line.
struct LinkAt {
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// The first post link (k_post_link_prefixes, or a bare "t.co/") at or after `from`, with
/// its id; begin == end when there is none.
LinkAt find_post_link(std::string_view text, std::size_t from) {
  LinkAt best{text.size(), text.size()};
  for (std::string_view host : {std::string_view("pic.twitter.com/"), std::string_view("t.co/"),
                                std::string_view("pic.x.com/")}) {
    for (std::size_t at = text.find(host, from); at != std::string_view::npos && at < best.begin;
         at = text.find(host, at + 1)) {
      std::size_t begin = at;
      for (std::string_view scheme : {"https://", "http://"})
        if (text.substr(0, begin).ends_with(scheme)) begin -= scheme.size();
      // "t.co/" must be the host, not the end of "fact.co/".
      if (host == "t.co/" && begin == at && at > 0 && text[at - 1] != ' ') continue;
      std::size_t end = at + host.size();
      while (end < text.size() && is_handle_byte(text[end]) && text[end] != '.') ++end;
      if (end == at + host.size()) continue;
      best = {begin, end};
      break;
    }
  }
  if (best.begin == text.size()) return {text.size(), text.size()};
  return best;
}

/// Bytes of white space and at most one dash at `text[pos]`.
std::size_t skip_dash_and_spaces(std::string_view text, std::size_t pos, bool* dashed) {
  std::size_t at = pos;
  while (at < text.size() && text[at] == ' ') ++at;
  if (std::size_t dash = shape::dash_at(text.substr(at))) {
    at += dash;
    *dashed = true;
  }
  while (at < text.size() && text[at] == ' ') ++at;
  return at - pos;
}

/// True when the byte opens a capitalised word (ASCII or Latin-1 capital, or a digit).
bool opens_name(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return false;
  char c = text[pos];
  if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '@') return true;
  return static_cast<unsigned char>(c) == 0xC3;
}

/// Where a "Name (@handle) Month D, YYYY" signature that opens at `pos` ends (just past the
/// year), or 0. With `dashed` (the embed's "— " stood before it) "@handle Month D, YYYY"
/// counts too.
std::size_t signature_end(std::string_view text, std::size_t pos, bool dashed) {
  if (!opens_name(text, pos)) return 0;
  std::size_t at = text.find('@', pos);
  if (at == std::string_view::npos || at - pos > k_max_attribution_bytes) return 0;
  std::string_view name = shape::trim(text.substr(pos, at - pos));
  bool parens = name.ends_with('(');
  if (parens) name.remove_suffix(1);
  if (!parens && !(dashed && name.empty())) return 0;
  if (shape::word_count(name) > k_max_name_words || name.find_first_of("!?:;") != std::string_view::npos) return 0;
  std::size_t end = at + 1;
  while (end < text.size() && is_handle_byte(text[end])) ++end;
  if (end == at + 1) return 0;
  if (parens) {
    if (end >= text.size() || text[end] != ')') return 0;
    ++end;
  }
  return date_end(text, end);
}

/// Where the post's text that ends at `end` starts: the paragraph join the dump glued it to,
/// when one stands within a post's length; else, when `signed_post` (a signature or link
/// says an embed stood here), the sentence before `end` by ICU; else `end` (no text known).
std::size_t post_text_start(std::string_view text, std::size_t floor, std::size_t end, bool signed_post) {
  std::size_t from = end > floor + 4 * k_max_post_chars ? end - 4 * k_max_post_chars : floor;
  std::size_t glued = sentences::last_glued_start(text, from, end);
  if (glued < end && utf8::count_code_points(text.substr(glued, end - glued)) <= k_max_post_chars) return glued;
  if (!signed_post) return end;
  std::size_t last = end;
  while (last > floor && text[last - 1] == ' ') --last;
  if (last == floor) return end;
  std::size_t start = sentences::start_before(text, last - 1);
  if (start < floor || utf8::count_code_points(text.substr(start, end - start)) > k_max_post_chars) return end;
  return start;
}

/// True when a bare link at [link.begin, link.end) closes its sentence: the line ends, or a
/// capital or opening quote follows — not "posted at pic.twitter.com/x, which ...".
bool link_closes_sentence(std::string_view text, std::size_t end) {
  std::size_t at = end;
  while (at < text.size() && text[at] == ' ') ++at;
  return at == text.size() || opens_name(text, at) || sentences::is_glued_start(text, at) ||
         text[at] == '"' || text.substr(at).starts_with("\xE2\x80\x9C");
}

/// Where a signature's name starts, for a "(@" at `paren` with no link before it.
struct NameAt {
  std::size_t begin = std::string_view::npos;  ///< the name's first byte; npos when none
  std::size_t attribution = 0;                 ///< where the attribution opens: its dash, or the name
  bool dashed = false;
};

/// The name before the "(@" at `paren`: after the last paragraph join, sentence start or
/// dash before it; when that leaves more words than a name has, the last few capitalised ones.
NameAt signature_name(std::string_view text, std::size_t floor, std::size_t paren) {
  std::size_t low = paren > floor + k_max_attribution_bytes ? paren - k_max_attribution_bytes : floor;
  std::size_t start = sentences::last_glued_start(text, low, paren);
  if (start == paren) start = std::max(sentences::start_before(text, paren), low);
  NameAt out;
  for (std::size_t at = start; at < paren; ++at) {
    if (at > 0 && text[at - 1] != ' ') continue;
    if (std::size_t dash = shape::dash_at(text.substr(at))) {
      out.attribution = at;
      out.dashed = true;
      start = at + dash;
    }
  }
  while (start < paren && text[start] == ' ') ++start;
  if (!out.dashed) out.attribution = start;
  if (shape::word_count(text.substr(start, paren - start)) <= k_max_name_words && opens_name(text, start)) {
    out.begin = start;
    return out;
  }
  if (out.dashed) return out;
  // "... the council said Jane Doe (@jdoe) ...": the capitalised words right before the handle.
  std::size_t at = paren;
  std::size_t words = 0;
  while (at > start + 1 && words < 4) {
    std::size_t space = text.rfind(' ', at - 2);
    std::size_t word = space == std::string_view::npos || space < start ? start : space + 1;
    if (!opens_name(text, word)) break;
    at = word;
    ++words;
  }
  if (words > 0) out.begin = out.attribution = at;
  return out;
}

}  // namespace

std::optional<std::string> SocialEmbedFilter::judge(const Document& doc, std::size_t index) const {
  const std::string& text = doc.blocks[index].text;
  // An attribution and a post that carries one hold a handle: most lines hold no '@'.
  const bool handle = text.find('@') != std::string::npos;
  if (handle && is_post_attribution(text)) return "an embedded post's attribution";
  ListLanguages languages = list_languages(doc);
  if (handle && is_shared_by_line(text, languages)) return "an embedded post's attribution";
  if (is_embed_label(text, languages)) return "an embed's label";
  if (is_facebook_attribution(text, languages)) return "an embedded post's attribution";
  if (is_vimeo_fallback(text) || is_youtube_title(text) || is_video_card(text) || is_aged_video_card(text) ||
      is_timed_video_card(text))
    return "an embedded video's fallback line";
  if (is_tiktok_caption(text)) return "an embedded TikTok's caption and sound";
  if (is_tiktok_sound(text)) return "an embedded TikTok's sound";
  if (is_played_video_card(text)) return "an embedded video's fallback line";
  if (is_video_embed_caption(text)) return "an embedded video's caption";
  if (handle && is_post_with_attribution(text)) return "an embedded post";
  // A longer block ending in a post's link is article text that swallowed the post: keep it.
  if (text.size() <= 4 * k_max_post_chars && ends_with_post_link(text) &&
      utf8::count_code_points(text) <= k_max_post_chars)
    return "an embedded post's text";
  if (is_post_text_before_attribution(doc, index, languages)) return "an embedded post's text";
  return std::nullopt;
}

void SocialEmbedFilter::mark_spans(Document& doc, std::size_t index, std::string_view name) const {
  Block& block = doc.blocks[index];
  std::string_view text = block.text;
  // Cheap tests first: nearly every line has neither a post link nor a handle. A link holds a
  // '/', which prose seldom does, where it has a '.' in every sentence.
  bool has_link = text.find('/') != std::string_view::npos && text.find(".co") != std::string_view::npos &&
                  (text.find("t.co/") != std::string_view::npos || text.find("twitter.com/") != std::string_view::npos ||
                   text.find("x.com/") != std::string_view::npos);
  if (!has_link && text.find("(@") == std::string_view::npos) return;
  std::size_t floor = 0;  // nothing before this is judged again
  while (floor < text.size()) {
    LinkAt link = find_post_link(text, floor);
    std::size_t paren = text.find("(@", floor);
    if (link.begin == text.size() && paren == std::string_view::npos) break;
    if (link.begin < text.size() && (paren == std::string_view::npos || link.begin < paren)) {
      // A post's link, perhaps with its signature after it and its text before.
      bool dashed = false;
      std::size_t sig_at = link.end + skip_dash_and_spaces(text, link.end, &dashed);
      std::size_t sig_end = signature_end(text, sig_at, dashed);
      std::size_t end = sig_end ? sig_end : link.end;
      bool signed_post = sig_end != 0;
      if (!signed_post && !link_closes_sentence(text, link.end)) {
        floor = link.end;
        continue;
      }
      std::size_t start = post_text_start(text, floor, link.begin, signed_post);
      mark_span_removed(block, start, end, name,
                        start < link.begin ? "an embedded post glued into the line" : "an embedded post's link");
      floor = end;
      continue;
    }
    // "Name (@handle) Month D, YYYY" with no link before it: a post of text only.
    NameAt name_at = signature_name(text, floor, paren);
    std::size_t sig_end = name_at.begin == std::string_view::npos ? 0 : signature_end(text, name_at.begin, false);
    if (sig_end == 0) {
      floor = paren + 2;
      continue;
    }
    std::size_t start = post_text_start(text, floor, name_at.attribution, name_at.dashed);
    mark_span_removed(block, start, sig_end, name,
                      start < name_at.attribution ? "an embedded post glued into the line"
                                                  : "an embedded post's attribution");
    floor = sig_end;
  }
}

}  // namespace pith
