// follow: "Follow us on ..." prompts that point readers at a platform or a handle, and the lone
// "Follow us" label whose platform icons the dump lost.
#include "pith/filters/follow.h"

#include "pith/base/line_shape.h"
#include "pith/language/word_lists.h"

namespace pith {

namespace {

/// A follow prompt is a short line; longer is prose.
constexpr std::size_t k_max_bytes = 200;
constexpr std::size_t k_max_words = 20;

/// Imperatives a follow prompt opens with (word boundary after each). Each language fills the
/// roles English does: follow us, like us on, join us on, connect with us, find us on,
/// subscribe to our (a bare verb only where it is not also an everyday one: "sigue" is "goes
/// on", "folgen" "to result").
constexpr std::string_view k_openings_en[] = {
    "follow us", "follow", "like us on", "join us on", "connect with us", "find us on", "subscribe to our",
};
constexpr std::string_view k_openings_es[] = {
    "síguenos", "seguinos", "sigue a", "siga a", "síganos", "dale me gusta a", "únete a nosotros en",
    "conéctate con nosotros", "encuéntranos en", "suscríbete a nuestro",
};
constexpr std::string_view k_openings_de[] = {
    "folgen sie uns", "folge uns", "folgt uns", "folgen sie", "liken sie uns auf", "like uns auf",
    "vernetzen sie sich mit uns", "finden sie uns auf", "findet uns auf", "finde uns auf", "besuchen sie uns auf",
    "besuche uns auf", "abonnieren sie unseren", "abonniere unseren",
};
constexpr std::string_view k_openings_fr[] = {
    "suivez-nous", "suis-nous", "suivez", "aimez notre page", "rejoignez-nous sur", "retrouvez-nous",
    "abonnez-vous à notre",
};
constexpr std::string_view k_openings_pt[] = {
    "siga-nos", "segue-nos", "sigam-nos", "siga o", "siga a", "acompanhe", "curta nossa página", "junte-se a nós no",
    "encontre-nos no", "inscreva-se no nosso",
};
constexpr std::string_view k_openings_it[] = {
    "seguici", "seguiteci", "segui", "seguite", "metti mi piace alla nostra pagina", "unisciti a noi su",
    "trovaci su", "iscriviti al nostro",
};
constexpr LanguageWords k_opening_lists[] = {
    {ListLanguage::en, k_openings_en}, {ListLanguage::es, k_openings_es}, {ListLanguage::de, k_openings_de},
    {ListLanguage::fr, k_openings_fr}, {ListLanguage::pt, k_openings_pt}, {ListLanguage::it, k_openings_it},
};
constexpr LanguagePhrases<total_words(k_opening_lists)> k_openings{k_opening_lists};

/// Platforms a prompt names, as whole words: their names are the same in every language.
constexpr std::string_view k_platforms[] = {
    "twitter", "x", "facebook", "instagram", "tiktok", "youtube", "linkedin", "telegram", "whatsapp",
    "threads", "bluesky", "mastodon", "snapchat", "google news", "flipboard", "google noticias", "google notícias", "google actualités",
};
/// "Social media" in each language, standing for the platforms.
constexpr std::string_view k_social_media_en[] = {"social media", "social"};
constexpr std::string_view k_social_media_es[] = {"redes sociales"};
constexpr std::string_view k_social_media_de[] = {"sozialen netzwerken", "sozialen medien", "social media"};
constexpr std::string_view k_social_media_fr[] = {"réseaux sociaux"};
constexpr std::string_view k_social_media_pt[] = {"redes sociais"};
constexpr std::string_view k_social_media_it[] = {"social", "social network"};
constexpr LanguageWords k_social_media_lists[] = {
    {ListLanguage::en, k_social_media_en}, {ListLanguage::es, k_social_media_es},
    {ListLanguage::de, k_social_media_de}, {ListLanguage::fr, k_social_media_fr},
    {ListLanguage::pt, k_social_media_pt}, {ListLanguage::it, k_social_media_it},
};

/// A follow label alone on its line, with nothing it points at (the platform icons after it were
/// images the dump lost): "Follow us", "Folgen Sie uns auf", "Suivez-nous sur". Matched as the
/// whole key, so "Follow us as we travel the coast" stays; each language fills the roles English
/// does (follow us, follow us on, find us on, like us on, join us on, connect with us).
constexpr std::string_view k_lone_labels_en[] = {
    "follow us", "follow us on", "find us on", "like us on", "join us on", "connect with us", "connect with us on",
};
constexpr std::string_view k_lone_labels_es[] = {
    "síguenos", "síguenos en", "seguinos", "seguinos en", "síganos", "síganos en", "encuéntranos en",
    "únete a nosotros en", "conéctate con nosotros", "conéctate con nosotros en",
};
constexpr std::string_view k_lone_labels_de[] = {
    "folge uns", "folge uns auf", "folgt uns", "folgt uns auf", "folgen sie uns", "folgen sie uns auf",
    "finden sie uns auf", "findet uns auf", "finde uns auf", "liken sie uns auf", "like uns auf",
    "vernetzen sie sich mit uns", "besuchen sie uns auf", "besuche uns auf",
};
constexpr std::string_view k_lone_labels_fr[] = {
    "suivez-nous", "suivez-nous sur", "suis-nous", "suis-nous sur", "retrouvez-nous", "retrouvez-nous sur",
    "rejoignez-nous sur", "aimez notre page",
};
constexpr std::string_view k_lone_labels_pt[] = {
    "siga-nos", "siga-nos no", "siga-nos nas", "siga-nos em", "segue-nos", "segue-nos no", "segue-nos nas",
    "sigam-nos", "acompanhe-nos", "acompanhe-nos no", "acompanhe-nos nas", "encontre-nos no", "junte-se a nós no",
};
constexpr std::string_view k_lone_labels_it[] = {
    "seguici", "seguici su", "seguici anche su", "seguiteci", "seguiteci su", "trovaci su", "unisciti a noi su",
};
constexpr LanguageWords k_lone_label_lists[] = {
    {ListLanguage::en, k_lone_labels_en}, {ListLanguage::es, k_lone_labels_es}, {ListLanguage::de, k_lone_labels_de},
    {ListLanguage::fr, k_lone_labels_fr}, {ListLanguage::pt, k_lone_labels_pt}, {ListLanguage::it, k_lone_labels_it},
};
constexpr LanguagePhrases<total_words(k_lone_label_lists)> k_lone_labels{k_lone_label_lists};
/// The longest lone label, with room for its marks ("Folgen Sie uns auf:", "» Suivez-nous").
constexpr std::size_t k_max_lone_label_bytes = 48;

/// The alt text of an icon the dump kept after a lone label ("Follow Us arrow icon").
constexpr std::string_view k_icon_alts[] = {" arrow icon", " icon"};

/// True when `text` is a lone follow label, perhaps with an icon's alt text after it, in any of
/// the six languages (a line that is exactly such a label is one whatever the document's
/// language: see k_whole_line_languages).
bool is_lone_label(std::string_view text) {
  if (text.size() > k_max_lone_label_bytes || !may_be_one_of(text, k_lone_labels)) return false;
  std::string_view key = shape::scratch_key(text);
  for (std::string_view alt : k_icon_alts)
    if (key.ends_with(alt)) {
      key.remove_suffix(alt.size());
      break;
    }
  return is_one_of(key, k_lone_labels, k_whole_line_languages);
}

/// The last word of `key` (after any final space).
std::string_view last_word(std::string_view key) {
  std::size_t space = key.rfind(' ');
  return space == std::string_view::npos ? key : key.substr(space + 1);
}

/// True when `key` ends with `name` as a whole word.
bool ends_with_word(std::string_view key, std::string_view name) {
  if (!key.ends_with(name)) return false;
  std::size_t before = key.size() - name.size();
  return before == 0 || key[before - 1] == ' ';
}

/// A prompt ends on what to follow: a platform, a handle, or a link, perhaps with emoji after it
/// ("... su Instagram e Facebook 👍").
bool ends_on_target(std::string_view key, ListLanguages languages) {
  for (std::size_t space = key.rfind(' '); space != std::string_view::npos && shape::is_emoji_word(key.substr(space + 1));
       space = key.rfind(' '))
    key = key.substr(0, space);
  std::string_view word = last_word(key);
  if (word.starts_with('@') || word.starts_with("http") || word.starts_with("www.") || word.starts_with("t.me/"))
    return true;
  auto ends_with_any = [&](const auto& names) {
    for (std::string_view name : names)
      if (ends_with_word(key, name)) return true;
    return false;
  };
  return ends_with_any(k_platforms) || any_list(languages, k_social_media_lists, ends_with_any);
}

/// The platform of "Seguici su Telegram per tutte le news", "Follow us on Instagram for daily
/// photos": named right after the opening (within this many bytes of the line's start), with a
/// purpose after it.
constexpr std::size_t k_platform_reach = 32;

/// The prepositions that put a platform after the opening ("on", "en", "su", "auf", "sur", "no").
constexpr std::string_view k_platform_prepositions[] = {" on ", " en ", " su ", " auf ", " sur ", " no ", " em ", " bei "};

/// True when "PREPOSITION PLATFORM", as whole words, starts within k_platform_reach bytes of `key`.
bool names_platform_early(std::string_view key) {
  for (std::string_view name : k_platforms) {
    if (name.size() < 3) continue;  // "x" is a letter in too many words' company
    for (std::size_t at = key.find(name); at != std::string_view::npos && at <= k_platform_reach;
         at = key.find(name, at + 1)) {
      std::size_t end = at + name.size();
      if (end != key.size() && key[end] != ' ') continue;
      for (std::string_view preposition : k_platform_prepositions)
        if (at >= preposition.size() && key.substr(at - preposition.size(), preposition.size()) == preposition)
          return true;
    }
  }
  return false;
}

/// A prompt may close on a short tagline after a dash ("Segui X su Telegram: t.me/x – notizie in
/// tempo reale"), of this many words at most.
constexpr std::size_t k_max_tagline_words = 5;

/// `key` without a tagline after its last spaced en or em dash, or "" when it has none.
std::string_view without_tagline(std::string_view key) {
  std::size_t dash = std::string_view::npos;
  for (std::string_view mark : {std::string_view(" \xE2\x80\x93 "), std::string_view(" \xE2\x80\x94 ")})
    if (std::size_t at = key.rfind(mark); at != std::string_view::npos && (dash == std::string_view::npos || at > dash))
      dash = at;
  if (dash == std::string_view::npos || shape::key_word_count(key.substr(dash + 5)) > k_max_tagline_words) return {};
  return key.substr(0, dash);
}

}  // namespace

std::optional<std::string> FollowFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = doc.blocks[index].text;
  if (text.size() > k_max_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  if (is_lone_label(text)) return "a follow label with nothing to follow";
  ListLanguages languages = list_languages(doc);
  if (opening_in(text, k_openings, languages).empty()) return std::nullopt;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_words) return std::nullopt;
  if (ends_on_target(key, languages) || names_platform_early(key)) return "a follow prompt";
  if (std::string_view body = without_tagline(key); !body.empty() && ends_on_target(body, languages))
    return "a follow prompt";
  return std::nullopt;
}

}  // namespace pith
