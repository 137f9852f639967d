// ad-blocker: a site's notice about the reader's ad blocker ("We noticed you're using an ad
// blocker", "Bitte deaktivieren Sie Ihren Adblocker") and its plea that it lives on its ads ("Our
// website relies on advertising"), in six languages; prose about ad blocking stays.
#include "pith/filters/ad_blocker.h"

#include "pith/base/line_pairs.h"
#include "pith/base/line_shape.h"
#include "pith/filters/opening_pairs.h"
#include "pith/language/word_lists.h"

namespace pith {

namespace {

/// A notice about the reader's ad blocker, or a plea that the site lives on its ads, is a
/// sentence or three; longer is an article's paragraph about ad blocking.
constexpr std::size_t k_max_notice_words = 45;
/// ... which fits in this many bytes (45 words of 9 bytes): longer lines are not looked into.
constexpr std::size_t k_max_notice_bytes = 400;

/// Pieces of an ad blocker's name in any case ("AdBlock", "ad-blocker", "Werbeblocker",
/// "bloqueur", "bloqueador", "blocco"): a line without one is asked nothing more. "blo" stands
/// for "block", "bloqu" and "blocc" alike; the line's pair signature is asked first.
constexpr std::string_view k_blocker_stem = "blo";
constexpr std::string_view k_blocker_stems[] = {k_blocker_stem};
constexpr StemPairs k_blocker_pairs{k_blocker_stems};
/// An ad blocker as a padded key writes it, in the six languages, each opening a word and found
/// anywhere after that ("adblock" in "adblocker", "adblockern"; not "ad block" in "roadblock").
constexpr std::string_view k_blockers[] = {
    " adblock", " ad block", " ad-block", " werbeblock", " werbe-block", " bloqueur de pub", " bloqueurs de pub",
    " bloqueur d'annonces", " bloqueur de publicité", " bloqueador de anuncios", " bloqueadores de anuncios",
    " bloqueador de publicidad", " bloqueador de anúncios", " bloqueadores de anúncios",
    " bloqueador de publicidade", " blocco degli annunci", " blocco della pubblicità", " blocco pubblicità",
    " blocca pubblicità", " blocca annunci",
};

/// Words that address the reader or speak as the site to or of its readers ("we noticed you're
/// ...", "please disable ...", "désactivez ...", "we never ask our readers to ..."), per language; whole words of the key. Verbs are
/// there only in forms that address the reader ("désactivez", not "désactive", which is also
/// "she disables"). German's
/// formal "Sie" and "Ihr" are asked of the line as written (see k_formal_you_de).
constexpr std::string_view k_reader_words_en[] = {
    "you", "your", "you're", "you’re", "you've", "you’ve", "please", "we noticed", "we've noticed",
    "we’ve noticed", "we have detected", "we've detected", "we’ve detected", "we detected", "our readers",
    "our visitors", "our users",
};
constexpr std::string_view k_reader_words_de[] = {
    "du", "dein", "deinen", "deine", "deinem", "dich", "dir", "bitte", "wir haben festgestellt",
    "wir haben erkannt", "deaktiviere", "unsere besucher", "unsere leser", "unsere nutzer",
};
constexpr std::string_view k_reader_words_fr[] = {
    "vous", "votre", "vos", "tu", "ton", "ta", "veuillez", "merci de", "désactivez",
    "nous avons détecté", "nous avons remarqué", "nos lecteurs", "nos visiteurs",
};
constexpr std::string_view k_reader_words_es[] = {
    "usted", "tu", "tú", "estás", "tienes", "por favor", "desactive", "desactívalo", "desactívelo",
    "hemos detectado", "detectamos", "nuestros lectores", "nuestros visitantes",
};
constexpr std::string_view k_reader_words_it[] = {
    "tu", "tuo", "tua", "stai", "hai", "per favore", "disattivalo", "disabilitalo", "vi preghiamo", "ti preghiamo",
    "abbiamo rilevato", "abbiamo notato", "i nostri lettori", "i nostri visitatori",
};
constexpr std::string_view k_reader_words_pt[] = {
    "você", "voce", "tu", "estás", "por favor", "desative", "desabilite", "detectamos",
    "notamos que", "nossos leitores", "nossos visitantes",
};
constexpr LanguageWords k_reader_word_lists[] = {
    {ListLanguage::en, k_reader_words_en}, {ListLanguage::es, k_reader_words_es},
    {ListLanguage::de, k_reader_words_de}, {ListLanguage::fr, k_reader_words_fr},
    {ListLanguage::pt, k_reader_words_pt}, {ListLanguage::it, k_reader_words_it},
};
/// German's formal address, capitalised wherever it stands ("Bitte deaktivieren Sie Ihren
/// Adblocker"); lower case, the same words are "they" and "their" of prose.
constexpr std::string_view k_formal_you_de[] = {"Sie", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihnen"};

/// True when `text` holds one of k_formal_you_de as a word, case and all.
bool holds_formal_you(std::string_view text) {
  return !shape::each_word(text, [](std::string_view word) {
    while (!word.empty() && !shape::is_word_byte(word.back())) word.remove_suffix(1);
    return !shape::is_one_of(word, k_formal_you_de);
  });
}

/// True when `text` (with its key `key`) addresses the reader in one of `languages`.
bool addresses_reader(std::string_view text, std::string_view key, ListLanguages languages) {
  return key_contains_any_words(key, k_reader_word_lists, languages) ||
         (languages.has(ListLanguage::de) && holds_formal_you(text));
}

/// "We noticed you're using an ad blocker", "Bitte deaktivieren Sie Ihren Adblocker", "Stai
/// usando un AdBlock": a line about the reader's ad blocker, addressed to the reader. Prose about
/// ad blockers names no reader ("Viele Nutzer verwenden inzwischen einen Adblocker") or reports
/// a speaker.
bool is_blocker_notice(std::string_view text, const shape::LinePairs& pairs, ListLanguages languages) {
  if (!k_blocker_pairs.may_hold_any(pairs) || !shape::contains_stem_ci(text, k_blocker_stem)) return false;
  std::string_view key = shape::scratch_key(text);
  return shape::key_word_count(key) <= k_max_notice_words &&
         shape::key_contains_any(shape::scratch_padded(key), k_blockers) &&
         !shape::key_contains_any(key, k_reported_speech) && addresses_reader(text, key, languages);
}

/// Pieces of an ad's word as a line writes it (advert, Werbung, Anzeigen, publicité, publicidad,
/// anuncios, annunci, pubblicità): a line without one is no plea for its ads. Stems that open
/// on bytes few words hold together ("rbung", not "erbung"; no "ads", whose "ad" opens a look at
/// every "had" and "road"); the line's pair signature is asked first.
constexpr std::string_view k_ad_stems[] = {"dvert", "rbung", "nzeige", "ublici", "nunci", "núnci", "ubblicit"};
constexpr StemPairs k_ad_stem_pairs{k_ad_stems};
/// English's stem alone, for a document in English only: "ublici" and "nunci" are in "public"
/// and "announce", which most English lines do not need to be searched for.
constexpr std::string_view k_ad_stems_en[] = {"dvert"};
constexpr StemPairs k_ad_stem_pairs_en{k_ad_stems_en};

/// True when `text` (signature `pairs`) may hold an ad word of one of `languages`.
bool may_hold_ad_word(std::string_view text, const shape::LinePairs& pairs, ListLanguages languages) {
  if (languages == ListLanguages::only(ListLanguage::en))
    return k_ad_stem_pairs_en.may_hold_any(pairs) && shape::contains_stem_ci(text, k_ad_stems_en);
  return k_ad_stem_pairs.may_hold_any(pairs) && shape::contains_stem_ci(text, k_ad_stems);
}
/// The site speaking of itself ("our website", "diese Seite", "notre site"), per language.
constexpr std::string_view k_site_selves_en[] = {"our website", "our site", "this website", "this site",
                                                 "our blog", "this blog", "our web site", "this web site"};
constexpr std::string_view k_site_selves_de[] = {"unsere website", "unsere webseite", "unsere seite", "diese seite",
                                                 "diese website", "diese webseite", "unser angebot", "unser blog",
                                                 "dieser blog", "unser portal", "dieses portal"};
constexpr std::string_view k_site_selves_fr[] = {"notre site", "ce site", "notre blog", "ce blog"};
constexpr std::string_view k_site_selves_es[] = {"nuestro sitio", "nuestra web", "nuestra página", "este sitio",
                                                 "esta web", "esta página", "nuestro blog", "este blog"};
constexpr std::string_view k_site_selves_it[] = {"il nostro sito", "questo sito", "il nostro blog", "questo blog"};
constexpr std::string_view k_site_selves_pt[] = {"nosso site", "este site", "esse site", "nosso blog", "este blog",
                                                 "nosso portal", "este portal"};
constexpr LanguageWords k_site_self_lists[] = {
    {ListLanguage::en, k_site_selves_en}, {ListLanguage::es, k_site_selves_es},
    {ListLanguage::de, k_site_selves_de}, {ListLanguage::fr, k_site_selves_fr},
    {ListLanguage::pt, k_site_selves_pt}, {ListLanguage::it, k_site_selves_it},
};
/// How the site says it lives on its ads ("relies on", "finanziert sich", "vit de"), per language.
constexpr std::string_view k_reliances_en[] = {"relies on", "rely on", "depends on", "depend on", "funded by",
                                               "supported by", "financed by", "paid for by", "pay the bills",
                                               "keep the lights on", "made possible by"};
constexpr std::string_view k_reliances_de[] = {"finanziert sich", "finanziert", "angewiesen", "lebt von",
                                               "refinanziert", "getragen"};
constexpr std::string_view k_reliances_fr[] = {"vit de", "vit grâce", "dépend de", "financé par", "se finance",
                                               "financé grâce", "repose sur"};
constexpr std::string_view k_reliances_es[] = {"se financia", "financiado", "financiada", "depende de", "vive de",
                                               "se sostiene", "se mantiene"};
constexpr std::string_view k_reliances_it[] = {"si finanzia", "finanziato", "dipende da", "vive di", "si sostiene",
                                               "si regge"};
constexpr std::string_view k_reliances_pt[] = {"se financia", "financiado", "depende de", "vive de", "se sustenta",
                                               "se mantém"};
constexpr LanguageWords k_reliance_lists[] = {
    {ListLanguage::en, k_reliances_en}, {ListLanguage::es, k_reliances_es},
    {ListLanguage::de, k_reliances_de}, {ListLanguage::fr, k_reliances_fr},
    {ListLanguage::pt, k_reliances_pt}, {ListLanguage::it, k_reliances_it},
};

/// "Our website relies on internet advertisements to pay the bills", "Diese Seite finanziert
/// sich durch Werbung": the site pleading that it lives on its ads. A report on a publisher's
/// ad revenue names the publisher, not "our site", or a speaker.
bool is_ad_reliance_plea(std::string_view text, const shape::LinePairs& pairs, ListLanguages languages) {
  if (!may_hold_ad_word(text, pairs, languages)) return false;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_notice_words || shape::key_contains_any(key, k_reported_speech))
    return false;
  return key_contains_any_words(key, k_site_self_lists, languages) &&
         key_contains_any_words(key, k_reliance_lists, languages);
}

}  // namespace

std::optional<std::string> AdBlockerFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = doc.blocks[index].text;
  if (text.size() > k_max_notice_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  // The signature the row's other filters share (see shape::line_pairs).
  const shape::LinePairs& pairs = shape::line_pairs(text);
  ListLanguages languages = list_languages(doc);
  if (is_blocker_notice(text, pairs, languages)) return "a notice about the reader's ad blocker";
  if (is_ad_reliance_plea(text, pairs, languages)) return "a plea that the site lives on its ads";
  return std::nullopt;
}

}  // namespace pith
