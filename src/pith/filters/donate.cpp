// donate: a site's appeal for money ("Donate now", "Please consider supporting our work",
// "You can support my work through PayPal", "Become a patron"), in six languages.
#include "pith/filters/donate.h"

#include "pith/base/line_shape.h"

namespace pith {

namespace {

/// An appeal runs to a few sentences; longer is prose.
constexpr std::size_t k_max_bytes = 400;
constexpr std::size_t k_max_words = 60;

/// How an appeal opens (word boundary after each).
constexpr shape::Phrases k_openings{{
    "donate", "please donate", "make a donation", "support us", "support our", "support this", "support my",
    "support independent", "please support", "please consider", "consider supporting", "consider donating",
    "you can support", "you can help", "help us", "help keep", "help support", "become a patron",
    "become a member", "become a supporter", "chip in", "buy me a coffee", "contribute", "if you enjoyed",
    "if you value", "if you like", "if you appreciate", "we rely on", "we depend on",
    // Spanish
    "dona", "haz una donación", "haga una donación", "apoya", "apóyanos", "colabora", "hazte socio",
    "hazte mecenas", "ayúdanos", "si te gusta", "si valoras",
    // German
    "spenden sie", "jetzt spenden", "unterstützen sie", "unterstütze", "werden sie mitglied", "helfen sie uns",
    "wenn ihnen",
    // French
    "faites un don", "faire un don", "soutenez", "soutenez-nous", "aidez-nous", "devenez membre",
    "si vous aimez", "si vous appréciez",
    // Portuguese
    "doe", "faça uma doação", "apoie", "ajude-nos", "seja membro", "seja sócio", "contribua", "se você gosta",
    // Italian
    "dona", "fai una donazione", "sostienici", "sostieni", "aiutaci", "diventa socio", "contribuisci",
    "se ti piace",
}};

/// What the appeal asks money for, or where to send it: one must be on the line ("Help us
/// find the missing girl" asks for no money).
constexpr std::string_view k_objects[] = {
    "donat", "paypal", "patreon", "gofundme", "ko-fi", "our work", "my work", "this site", "this website",
    "this blog", "independent journalism", "independent media", "our journalism", "our reporting",
    "keep us going", "keep this site", "keep the lights on", "bitcoin", "membership", "a coffee",
    "donaci", "nuestro trabajo", "periodismo independiente", "este sitio", "esta web", "mecenas",
    "spende", "unsere arbeit", "unabhängigen journalismus", "diese seite", "fördermitglied",
    " don ", "notre travail", "journalisme indépendant", "ce site", "doaç", "nosso trabalho",
    "jornalismo independente", "este site", "donazion", "il nostro lavoro", "giornalismo indipendente",
    "questo sito",
};

}  // namespace

std::optional<std::string> DonateFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = doc.blocks[index].text;
  if (text.size() > k_max_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  std::string_view opening = shape::opening_in(text, k_openings);
  if (opening.empty()) return std::nullopt;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_words) return std::nullopt;
  // "Donate", "Donate now": the button alone.
  if (key == "donate" || key == "donate now" || key == "donate today" || key == "jetzt spenden" ||
      key == "faire un don" || key == "faites un don" || key == "doe agora" || key == "dona ora" ||
      key == "dona ahora")
    return "an appeal for donations";
  // The object must come after the opening: "Donate blood ..." is no appeal for "donat"ions.
  std::string_view padded = shape::scratch_padded(key.substr(shape::phrase_at(key, opening)));
  if (shape::key_contains_any(padded, k_objects)) return "an appeal for donations";
  return std::nullopt;
}

}  // namespace pith
