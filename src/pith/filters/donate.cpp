// donate: a site's appeal for money ("Donate now", "Please consider supporting our work",
// "You can support my work through PayPal", "Become a patron"), in six languages.
#include "pith/filters/donate.h"

#include <cstring>

#include "pith/base/line_shape.h"
#include "pith/filters/reader_prompt.h"
#include "pith/language/word_lists.h"

namespace pith {

namespace {

/// An appeal runs to a few sentences; longer is prose.
constexpr std::size_t k_max_bytes = 400;
constexpr std::size_t k_max_words = 60;
/// An appeal closing a line after a lead-in: two or three short sentences.
constexpr std::size_t k_max_tail_appeal_bytes = 240;
constexpr std::size_t k_max_tail_appeal_words = 35;
/// A call closing a line after a lead-in is a short sentence ("Ative as notificações.").
constexpr std::size_t k_max_tail_call_bytes = 80;

/// How an appeal opens (word boundary after each), per language.
constexpr std::string_view k_openings_en[] = {
    "donate", "please donate", "make a donation", "support us", "support our", "support this", "support my",
    "support independent", "please support", "please consider", "consider supporting", "consider donating",
    "you can support", "you can help", "help us", "help keep", "help support", "become a patron",
    "become a member", "become a supporter", "chip in", "buy me a coffee", "buy us a coffee", "contribute",
    "if you enjoyed",
    "if you value", "if you like", "if you appreciate", "we rely on", "we depend on",
    // The appeal said of the reader's money: "Your gift makes ministry possible".
    "your gift", "your donation", "your support", "your contribution", "give online", "give today", "give now",
    // "Back our journalism from £3 a month", "Support your local paper".
    "back our", "back us", "support your local", "support local journalism",
};
constexpr std::string_view k_openings_es[] = {
    "dona", "haz una donación", "haga una donación", "apoya", "apóyanos", "colabora", "hazte socio", "hazte socia",
    "hazte mecenas", "ayúdanos", "si te gusta", "si valoras",
    // English's roles: please support / consider, you can support, help keep, we depend on, if you enjoyed.
    "por favor, apoya", "por favor apoya", "por favor, considera", "considera apoyar", "considera hacer una donación",
    "puedes apoyar", "puedes ayudar", "ayuda a mantener", "contribuye", "dependemos de", "si te ha gustado",
    "tu donación", "tu aporte", "tu apoyo", "tu contribución",
    // The River Plate's voseo ("Hacete socio", "Apoyanos", "Sumate").
    "hacete socio", "hacete socia", "hacete miembro", "apoyanos", "sumate", "colaborá", "doná",
    // A coffee for the writer ("Invítanos un café en Ko-fi").
    "invítanos un café", "invítame un café", "cómprame un café", "invitanos un café",
};
constexpr std::string_view k_openings_de[] = {
    "spenden sie", "jetzt spenden", "unterstützen sie", "unterstütze", "werden sie mitglied", "helfen sie uns",
    "wenn ihnen", "bitte unterstützen sie", "bitte spenden sie", "bitte unterstütze", "sie können uns unterstützen",
    "du kannst uns unterstützen", "hilf uns", "helfen sie mit", "wir sind auf", "wenn dir", "werde mitglied",
    "unterstützen sie uns", "ihre spende", "deine spende", "ihre unterstützung", "deine unterstützung",
    "spendier uns einen kaffee", "spendiere uns einen kaffee", "spendier mir einen kaffee",
};
constexpr std::string_view k_openings_fr[] = {
    "faites un don", "faire un don", "soutenez", "soutenez-nous", "aidez-nous", "devenez membre",
    "si vous aimez", "si vous appréciez", "merci de soutenir", "pensez à soutenir", "envisagez de soutenir",
    "vous pouvez soutenir", "vous pouvez nous aider", "contribuez", "nous dépendons de", "si vous avez aimé",
    "soutiens", "votre don", "votre soutien", "votre contribution", "ton don", "ton soutien",
    "offrez-nous un café", "offrez-moi un café", "offre-moi un café", "payez-nous un café",
};
constexpr std::string_view k_openings_pt[] = {
    "doe", "faça uma doação", "apoie", "ajude-nos", "seja membro", "seja sócio", "contribua", "se você gosta",
    "por favor, apoie", "por favor, considere", "considere apoiar", "considere fazer uma doação",
    "você pode apoiar", "você pode ajudar", "ajude a manter", "dependemos de", "se você gostou", "se gostou",
    "sua doação", "seu apoio", "sua contribuição", "pague-nos um café", "paga-me um café", "pague-me um café",
};
constexpr std::string_view k_openings_it[] = {
    "dona", "fai una donazione", "sostienici", "sostieni", "aiutaci", "diventa socio", "contribuisci",
    "se ti piace", "per favore, sostieni", "per favore sostieni", "per favore, considera", "considera di sostenere",
    "considera di fare una donazione", "puoi sostenere", "puoi aiutarci", "aiutaci a", "dipendiamo da",
    "se ti è piaciuto", "se apprezzi", "la tua donazione", "il tuo sostegno", "il tuo contributo",
    "offrici un caffè", "offrimi un caffè",
};
constexpr LanguageWords k_opening_lists[] = {
    {ListLanguage::en, k_openings_en}, {ListLanguage::es, k_openings_es}, {ListLanguage::de, k_openings_de},
    {ListLanguage::fr, k_openings_fr}, {ListLanguage::pt, k_openings_pt}, {ListLanguage::it, k_openings_it},
};
constexpr LanguagePhrases<total_words(k_opening_lists)> k_openings{k_opening_lists};

/// The button alone, as a whole line (compared with shape::key()): a few words.
constexpr std::size_t k_max_button_bytes = 40;
constexpr std::string_view k_buttons_en[] = {"donate", "donate now", "donate today", "support us",
                                            "support our journalism", "support independent journalism", "make a donation",
                                            // The reader's own voice, as buttons word it ("Je fais un don").
                                            "give now", "i'll give"};
constexpr std::string_view k_buttons_es[] = {"dona ahora", "apóyanos", "haz una donación", "haga una donación",
                                            "colabora", "dona", "quiero donar", "quiero colaborar"};
constexpr std::string_view k_buttons_de[] = {"jetzt spenden", "unterstützen sie uns", "jetzt unterstützen",
                                            "spenden sie jetzt", "spenden sie", "ich spende", "ich unterstütze"};
constexpr std::string_view k_buttons_fr[] = {"faire un don", "faites un don", "soutenez-nous", "je fais un don",
                                            "je donne", "je soutiens"};
constexpr std::string_view k_buttons_pt[] = {"doe agora", "apoie-nos", "faça uma doação", "contribua", "quero doar",
                                            "quero apoiar"};
constexpr std::string_view k_buttons_it[] = {"dona ora", "sostienici", "fai una donazione", "dona", "sostienici ora",
                                            "voglio donare", "voglio sostenere"};
constexpr LanguageWords k_button_lists[] = {
    {ListLanguage::en, k_buttons_en}, {ListLanguage::es, k_buttons_es}, {ListLanguage::de, k_buttons_de},
    {ListLanguage::fr, k_buttons_fr}, {ListLanguage::pt, k_buttons_pt}, {ListLanguage::it, k_buttons_it},
};
constexpr LanguagePhrases<total_words(k_button_lists)> k_buttons{k_button_lists};

/// Buttons to join as a member, which a row of donation buttons may hold beside them ("💚 Faire un
/// don | Devenir membre"), keyed, in the six languages.
constexpr std::string_view k_member_buttons[] = {
    "become a member", "join us", "join", "devenir membre", "adhérer", "adhérez", "mitglied werden",
    "werde mitglied", "werden sie mitglied", "hazte socio", "hazte socia", "asóciate", "diventa socio",
    "diventa socia", "seja sócio", "seja membro", "associe-se",
};
/// Marks that set a row's buttons apart.
constexpr std::string_view k_button_row_marks[] = {" | ", " \xC2\xB7 "};
constexpr std::size_t k_max_button_row_bytes = 120;

/// "💚 Faire un don  |  Devenir membre", "Donate · Become a member": a row of a donation button
/// (k_buttons) and membership buttons (k_member_buttons), and nothing else, each part past its
/// pictograph. A row of membership buttons alone is a club's menu.
bool is_donation_button_row(std::string_view text) {
  bool donation = false;
  std::size_t parts = 0;
  while (true) {
    auto [cut, width] = shape::first_mark(text, k_button_row_marks);
    std::string_view part = shape::past_pictograph(shape::trim(text.substr(0, cut)));
    std::string_view key = shape::scratch_key(part);
    ++parts;
    if (is_one_of(key, k_buttons, k_whole_line_languages)) donation = true;
    else if (!shape::is_one_of(key, k_member_buttons)) return false;
    if (cut == std::string_view::npos) break;
    text = text.substr(cut + width);
  }
  return donation && parts >= 2;
}

/// A note that gifts to the site are tax deductible ("Gifts of $2 or more are tax deductible"):
/// the deduction's phrase closing its sentence (the line's last, closes_on_deduction()) and a
/// gift's word on one short line, no reported speech (lower case, every language's together).
constexpr std::string_view k_deductible_phrases[] = {
    "tax deductible", "tax-deductible", "steuerlich absetzbar", "steuerlich abzugsfähig", "fiscalement déductible",
    "déductibles des impôts", "déductible des impôts", "deducible", "deducibles", "dedutível", "dedutíveis",
    "fiscalmente deducibil", "detraibil",
};
constexpr std::string_view k_gift_words[] = {
    "gift", "donation", "donat", "spende", " don ", " dons ", "donativo", "doação", "doações", "donazion",
    "erogazion", "contribution",
};
constexpr std::size_t k_max_deductible_words = 30;

/// The last words of k_deductible_phrases, lower case.
constexpr std::string_view k_deduction_words[] = {
    "deductible", "tax-deductible", "absetzbar", "abzugsfähig", "déductible", "déductibles", "impôts",
    "deducible", "deducibles", "dedutível", "dedutíveis", "deducibili", "deducibile", "detraibili", "detraibile",
};

/// True when the last word of `text` (past its stops) is one of k_deduction_words: a line that
/// closes on a deduction, which is_deductible_note() then reads. Most lines close otherwise.
bool closes_on_deduction(std::string_view text) {
  text = shape::without_final_stops(shape::trim(text));
  std::size_t space = text.rfind(' ');
  std::string_view last = space == std::string_view::npos ? text : text.substr(space + 1);
  char folded[16];
  return shape::is_one_of(shape::lower_ascii_into(last, folded, sizeof folded), k_deduction_words);
}

bool is_deductible_note(std::string_view key) {
  if (shape::key_word_count(key) > k_max_deductible_words || shape::key_contains_any(key, k_reported_speech)) return false;
  // The deduction closes its sentence: a clause after it reports who said so ("..., erklärte das
  // Finanzamt").
  bool closes = false;
  for (std::string_view phrase : k_deductible_phrases)
    for (std::size_t at = key.find(phrase); at != std::string_view::npos && !closes; at = key.find(phrase, at + 1)) {
      std::string_view after = key.substr(at + phrase.size());
      closes = after.empty() || after.starts_with('.') || after.starts_with('!');
    }
  return closes && shape::key_contains_any(shape::scratch_padded(key), k_gift_words);
}

/// What the appeal asks money for, or where to send it: one must be on the line ("Help us
/// find the missing girl" asks for no money). Payment services are named alike in every language.
constexpr std::string_view k_objects_shared[] = {"paypal", "patreon", "gofundme", "ko-fi", "bitcoin", "tipeee",
                                                 "liberapay", "flattr", "utip", "buymeacoffee",
                                                 // Instant payments readers send from their phones: Brazil's
                                                 // PIX, Portugal's MB WAY, Spain's Bizum.
                                                 " pix", "mb way", "bizum",
                                                 // A bank transfer's account, as an appeal gives it.
                                                 "iban"};
constexpr std::string_view k_objects_en[] = {
    "donat", "our work", "my work", "this site", "this website", "this blog", "independent journalism",
    "independent media", "our journalism", "our reporting", "keep us going", "keep this site",
    "keep the lights on", "membership", "a coffee",
    // What only an appeal says: the site lives on its readers' money, every dollar of it.
    "reader-funded", "reader-supported", "reader supported", "independent reporting", "chip in", "every dollar",
    "tax-deductible", "tax deductible", "give online", "contribution",
    // Journalism of another kind, kept alive, and the smallest sum asked ("support us from just £1").
    "local journalism", "community journalism", "quality journalism", "public-interest journalism",
    "public interest journalism", "journalism alive", "journalism going", "from just", "for as little as",
    "from as little as",
    // The newsroom the money keeps at work ("so our reporters can stay on the fire lines").
    "our reporters", "our journalists", "our newsroom", "our coverage",
    // The sum asked for a period ("support us for $3 a month"), or a member's yearly fee.
    "a month", "annual fee", "membership fee", "bank transfer",
};
constexpr std::string_view k_objects_es[] = {"donaci", "nuestro trabajo", "periodismo", "este sitio",
                                             "esta web", "mecenas", "donativ", "cada euro", "cada dólar",
                                             "nuestros lectores", "contribución", "nuestros periodistas",
                                             "nuestra redacción", "al mes", "a partir de", "un café",
                                             "cuota anual", "transferencia bancaria", "cuota mensual",
                                             "tu cuota", "por año", "al año"};
constexpr std::string_view k_objects_de[] = {"spende", "unsere arbeit", "journalismus", "diese seite",
                                             "fördermitglied", "jeder euro", "leserfinanziert", "unsere leser",
                                             "unsere reporter", "unsere redaktion", "im monat", "pro monat",
                                             "einen kaffee", "jahresbeitrag", "mitgliedsbeitrag", "überweisung",
                                             // A patron's fee for a period ("Gönnerbeitrag ab 30 Franken pro Saison").
                                             "gönnerbeitrag", "förderbeitrag", "pro jahr", "pro saison"};
constexpr std::string_view k_objects_fr[] = {" don ", "donation", "notre travail", "journalisme", "ce site",
                                             "ce blog", "chaque euro", "nos lecteurs", "contribution",
                                             "nos journalistes", "notre rédaction", "par mois", "à partir de",
                                             "un café", "cotisation", "virement"};
constexpr std::string_view k_objects_pt[] = {"doaç", "donativ", "nosso trabalho", "jornalismo", "este site",
                                             "cada real", "cada euro", "nossos leitores", "contribuição",
                                             "nossos jornalistas", "nossa redação", "por mês", "a partir de",
                                             "um café", "quota anual", "transferência bancária"};
constexpr std::string_view k_objects_it[] = {"donazion", "il nostro lavoro", "giornalismo", "questo sito",
                                             "ogni euro", "i nostri lettori", "contributo", "i nostri giornalisti",
                                             "la nostra redazione", "al mese", "informazione locale",
                                             "un caffè", "quota associativa", "bonifico"};
constexpr LanguageWords k_object_lists[] = {
    {ListLanguage::en, k_objects_en}, {ListLanguage::es, k_objects_es}, {ListLanguage::de, k_objects_de},
    {ListLanguage::fr, k_objects_fr}, {ListLanguage::pt, k_objects_pt}, {ListLanguage::it, k_objects_it},
};

/// Words that open a condition or a purpose the appeal's call follows after a comma ("If our
/// reporting is useful to you, chip in ...", "Si ce site vous est utile, soutenez-nous", "Pour
/// continuer à vous informer, soutenez-nous").
constexpr std::string_view k_condition_words[] = {"if", "si", "wenn", "falls", "se", "to", "pour", "para", "um",
                                                  "per", "afin"};

/// The call after the condition and comma `sentence` opens with, when the call opens as an
/// appeal does (k_openings); "" otherwise.
std::string_view call_after_condition(std::string_view sentence, ListLanguages languages) {
  // Every condition word opens with 'a', 'f', 'i', 'p', 's', 't', 'u' or 'w', in either case.
  const char first = sentence.empty() ? '\0' : static_cast<char>(sentence[0] | 0x20);
  if (first != 'a' && first != 'f' && first != 'i' && first != 'p' && first != 's' && first != 't' && first != 'u' &&
      first != 'w')
    return {};
  std::size_t space = sentence.find(' ');
  std::size_t comma = sentence.find(", ");
  if (space == std::string_view::npos || comma == std::string_view::npos ||
      !shape::is_one_of_ci(sentence.substr(0, space), k_condition_words))
    return {};
  std::string_view call = sentence.substr(comma + 2);
  return opening_in(call, k_openings, languages).empty() ? std::string_view{} : call;
}

/// True when `key` names what an appeal asks money for (k_objects_shared, k_object_lists).
bool names_appeal_object(std::string_view key, ListLanguages languages) {
  std::string_view padded = shape::scratch_padded(key);
  return shape::key_contains_any(padded, k_objects_shared) || key_contains_any(padded, k_object_lists, languages);
}

/// The sentence or clause of `text` before its last one, `last` (a view into `text` that
/// last_sentence() gave), when a dash set the last one off ("Unterstützen Sie den Talboten
/// freiwillig – schon ab 3 € im Monat."): the call may open there. "" when there is none.
std::string_view clause_before(std::string_view text, std::string_view last) {
  std::string_view head = shape::trim(text.substr(0, static_cast<std::size_t>(last.data() - text.data())));
  std::size_t dash = head.size() >= 3 ? shape::dash_at(head.substr(head.size() - 3)) : 0;
  if (dash == 0 && !head.empty() && head.back() == '-') dash = 1;
  if (dash == 0) return {};
  return last_sentence(shape::trim(head.substr(0, head.size() - dash)), k_max_tail_call_bytes);
}

/// The button after the arrow is a few words ("Support the Courier", "Donate now").
constexpr std::size_t k_max_arrowed_button_words = 4;

/// `text` without the button an arrow points at after the appeal ("... stay on the fire lines ➜
/// Support the Courier"), or `text` itself.
std::string_view without_arrowed_button(std::string_view text) {
  auto [at, button] = shape::last_pointed_part(text);
  if (at == std::string_view::npos || button.empty() || shape::word_count(button) > k_max_arrowed_button_words ||
      button.find_first_of(".!?") != std::string_view::npos)
    return text;
  return shape::trim(text.substr(0, at));
}

/// `text` without a button that closes it as its last sentence ("... schon ab 3 € im Monat. ❤
/// Jetzt unterstützen"), or `text` itself.
std::string_view without_closing_button(std::string_view text) {
  // A button ends on a letter or a pictograph; most lines end on a stop.
  const std::string_view trimmed = shape::trim(text);
  const auto end = static_cast<unsigned char>(trimmed.empty() ? '.' : trimmed.back());
  if (!((end >= 'a' && end <= 'z') || (end >= 'A' && end <= 'Z') || end >= 0x80)) return text;
  std::string_view last = last_sentence(text, k_max_button_bytes);
  // Or the button after a pictograph that sets it off with no stop before ("... à partir de 1 €
  // ❤ Je fais un don").
  if (last.empty() || last.size() == text.size()) {
    std::string_view tail = trimmed.substr(trimmed.size() > k_max_button_bytes ? trimmed.size() - k_max_button_bytes : 0);
    last = {};
    for (std::size_t at = tail.find(' '); at != std::string_view::npos; at = tail.find(' ', at + 1)) {
      std::size_t word_end = tail.find(' ', at + 1);
      if (word_end == std::string_view::npos) break;
      if (shape::is_emoji_word(tail.substr(at + 1, word_end - at - 1))) last = shape::trim(tail.substr(word_end));
    }
  }
  if (last.empty() || last.size() == text.size() ||
      !is_one_of(shape::scratch_key(shape::skip_opening_marks(last)), k_buttons, k_whole_line_languages))
    return text;
  // Up to the button's own start (past the pictograph before it, which the appeal keeps).
  return shape::trim(text.substr(0, static_cast<std::size_t>(last.data() - text.data())));
}

/// True when `text` (a line without the button an arrow points at) is an appeal for money: it
/// opens as one (k_openings) and names what the money is for after its opening; or a short lead-in
/// comes first and the appeal's call closes the line (last_sentence(), or the clause before a
/// dash), or follows a condition, with the object anywhere in the line; never reported speech.
bool is_appeal(std::string_view text, ListLanguages languages) {
  std::string_view opening = opening_in(text, k_openings, languages);
  if (opening.empty()) {
    // The appeal may close a short line after a lead-in ("Unabhängiger Journalismus kostet Geld.
    // Unterstützen Sie ..."), or follow a condition ("If our reporting is useful to you, chip in
    // ..."): its object may then stand in the lead-in.
    if (text.size() > k_max_tail_appeal_bytes) return false;
    std::string_view last = last_sentence(text, k_max_tail_call_bytes);
    // A call longer than most, with its terms ("Hazte socia o socio desde 4 euros al mes y
    // ayúdanos a seguir contando lo que pasa aquí."), or a condition's sentence ("Pour continuer
    // à vous informer sans publicité, soutenez-nous ..."): what follows the line's last full stop.
    if (last.empty()) {
      std::string_view trimmed = shape::trim(text);
      // The last ". " by memrchr (a string_view's rfind walks the bytes one at a time).
      for (std::size_t end = trimmed.empty() ? 0 : trimmed.size() - 1; end > 0;) {
        const void* stop = memrchr(trimmed.data(), '.', end);
        if (stop == nullptr) break;
        const auto at = static_cast<std::size_t>(static_cast<const char*>(stop) - trimmed.data());
        if (trimmed[at + 1] == ' ') {
          last = shape::trim(trimmed.substr(at + 2));
          break;
        }
        end = at;
      }
    }
    // A line of one sentence is its own last, whose opening was looked for above.
    const bool whole = last.empty();
    if (whole) last = shape::trim(text);
    if (whole || (opening_in(last, k_openings, languages).empty() &&
                  opening_in(clause_before(text, last), k_openings, languages).empty())) {
      // The call after a condition names its object itself ("If you have a ticket, donate it"
      // asks for no money) and reports no one.
      std::string_view call = call_after_condition(last, languages);
      if (call.empty()) return false;
      std::string_view call_key = shape::scratch_key(call);
      if (shape::key_word_count(call_key) > k_max_tail_appeal_words ||
          shape::key_contains_any(call_key, k_reported_speech))
        return false;
      std::string_view opening_key = opening_in(call_key, k_openings, languages);
      return names_appeal_object(call_key.substr(shape::phrase_at(call_key, opening_key)), languages);
    }
    std::string_view key = shape::scratch_key(text);
    return shape::key_word_count(key) <= k_max_tail_appeal_words && !shape::key_contains_any(key, k_reported_speech) &&
           names_appeal_object(key, languages);
  }
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_words || shape::key_contains_any(key, k_reported_speech)) return false;
  // The object must come after the opening: "Donate blood ..." is no appeal for "donat"ions.
  std::string_view padded = shape::scratch_padded(key.substr(shape::phrase_at(key, opening)));
  return shape::key_contains_any(padded, k_objects_shared) || key_contains_any(padded, k_object_lists, languages);
}

}  // namespace

std::optional<std::string> DonateFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = doc.blocks[index].text;
  if (text.size() > k_max_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  // "Donate", "Jetzt spenden": the button alone, a whole-line label in any language.
  if (text.size() <= k_max_button_bytes && !opening_in(text, k_openings, k_whole_line_languages).empty() &&
      is_one_of(shape::scratch_key(text), k_buttons, k_whole_line_languages))
    return "an appeal for donations";
  // A row of buttons holds a bar or a middle dot's last byte (B7): most lines hold neither.
  if (text.size() <= k_max_button_row_bytes &&
      (std::memchr(text.data(), '|', text.size()) || std::memchr(text.data(), '\xB7', text.size())) &&
      is_donation_button_row(text))
    return "a row of donation buttons";
  if (text.size() <= k_max_bytes / 2 && closes_on_deduction(text) && is_deductible_note(shape::scratch_key(text)))
    return "a note that gifts are tax deductible";
  ListLanguages languages = list_languages(doc);
  text = without_arrowed_button(shape::without_closing_pictograph(text));
  if (is_appeal(text, languages)) return "an appeal for donations";
  // The appeal before a button that closes it as its own sentence.
  std::string_view before_button = without_closing_button(text);
  if (before_button.size() != text.size() && is_appeal(before_button, languages)) return "an appeal for donations";
  return std::nullopt;
}

}  // namespace pith
