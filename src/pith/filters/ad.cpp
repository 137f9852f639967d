// ad: a line that is an advertisement label or break, a sponsor line, an event's ticket advert,
// or a prompt to advertise with the site; and the promoted headlines a sponsored block lists
// under its label ("Sponsored Content", "Promoted links by Taboola").
#include "pith/filters/ad.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "pith/base/line_shape.h"
#include "pith/filters/key_gate.h"
#include "pith/filters/opening_guard.h"
#include "pith/language/word_lists.h"

namespace pith {

namespace {

/// Labels are a few words; longer lines are compared only against the prompt shape.
constexpr std::size_t k_max_label_bytes = 80;
/// "Advertise with us" prompts are a sentence or two; longer is an article paragraph.
constexpr std::size_t k_max_prompt_words = 45;

/// Whole lines that label an ad slot (compared with shape::key()), per language.
constexpr std::string_view k_labels_en[] = {
    "advertisement", "advertisements", "advertising", "advert", "advertorial", "ad", "ads", "advt", "advt.",
    "sponsored", "sponsored content",
    "sponsored post", "paid content", "paid post", "promoted content", "partner content",
    "story continues below advertisement", "article continues below advertisement",
    "story continues below", "article continues below", "continue reading below", "skip advertisement",
    "scroll to continue with content", "remove ads", "ad feedback", "advertisement - scroll to continue",
    "advertisement - scroll to continue reading", "scroll to continue reading", "sponsored stories",
    "sponsored links", "promoted stories", "promoted links", "from our partners", "from our sponsors",
    "partner stories", "paid partner content", "sponsored listings", "sponsored listing",
    // British English's "advert".
    "story continues below advert", "article continues below advert", "continues below advert",
};
constexpr std::string_view k_labels_es[] = {
    "publicidad", "anuncio", "contenido patrocinado", "la nota continúa debajo del anuncio",
    "sigue leyendo debajo del anuncio", "continúa leyendo debajo del anuncio", "contenidos patrocinados",
    "anuncio publicitario", "contenido de marca", "contenido publicitario", "enlaces patrocinados", "patrocinado",
    // English's roles: paid or promoted content, the story going on below, skipping the ad, from partners.
    "contenido pagado", "contenido de pago", "contenido promocionado", "contenido de socios",
    "el artículo continúa abajo", "la noticia continúa abajo", "sigue leyendo abajo", "saltar publicidad",
    "historias patrocinadas", "de nuestros socios", "espacio publicitario",
    // A paid placement's notice.
    "publirreportaje", "información publicitaria", "info publicitaria",
};
constexpr std::string_view k_labels_de[] = {
    "anzeige", "werbung", "gesponsert", "gesponserter inhalt", "weiter nach der anzeige",
    // Switzerland's word for an advertisement.
    "inserat",
    "artikel wird unter der anzeige fortgesetzt", "gesponserte inhalte", "gesponserte links", "anzeigen",
    "werbeanzeige", "sponsored", "bezahlter inhalt", "bezahlte inhalte", "partnerinhalt", "partner-inhalt",
    "artikel geht unter der anzeige weiter", "der artikel geht unten weiter", "werbung überspringen",
    "anzeige überspringen", "von unseren partnern", "gesponserte beiträge",
    // Austria's media law names a paid placement so ("— Entgeltliche Einschaltung —").
    "entgeltliche einschaltung", "bezahlte anzeige", "werbliche einschaltung",
};
constexpr std::string_view k_labels_fr[] = {
    "publicité", "pub", "annonce", "contenu sponsorisé", "sponsorisé", "l'article continue sous la publicité",
    "la suite après cette publicité", "la suite après la publicité", "contenus sponsorisés", "contenu partenaire",
    "contenus partenaires", "liens sponsorisés", "publi-rédactionnel", "publireportage", "contenu promu",
    "l'article continue ci-dessous", "passer la publicité", "de nos partenaires", "histoires sponsorisées",
    "espace publicitaire",
    // A paid placement's notice ("Publi-info : -20 % sur ...").
    "publi-info", "publi-information", "info-pub", "publi-communiqué", "communiqué publicitaire", "publirédactionnel",
};
constexpr std::string_view k_labels_pt[] = {
    "publicidade", "anúncio", "conteúdo patrocinado", "continua após a publicidade",
    "continua depois da publicidade", "pub", "conteúdos patrocinados", "conteúdo publicitário",
    "continua depois do anúncio", "continua após o anúncio", "continua após anúncio",
    "conteúdo de marca", "links patrocinados", "patrocinado", "conteúdo pago", "conteúdo promovido",
    "conteúdo de parceiros", "conteúdo do parceiro", "a matéria continua abaixo", "o artigo continua abaixo",
    "continue lendo abaixo", "pular anúncio", "dos nossos parceiros", "histórias patrocinadas",
    "espaço publicitário",
    // A paid placement's notice.
    "informe publicitário", "publieditorial", "publirreportagem",
};
constexpr std::string_view k_labels_it[] = {
    "pubblicità", "contenuto sponsorizzato", "continua dopo la pubblicità", "annuncio", "contenuti sponsorizzati",
    "annuncio pubblicitario", "contenuto pubblicitario", "contenuti sponsor", "link sponsorizzati",
    "contenuti dai partner", "sponsorizzato", "contenuti a pagamento", "contenuto a pagamento", "contenuto promosso",
    "contenuto del partner", "l'articolo continua sotto", "l'articolo continua sotto la pubblicità",
    "continua a leggere sotto", "salta la pubblicità", "dai nostri partner", "storie sponsorizzate",
    // "ADV", and a paid placement's notice ("Informazione pubblicitaria").
    "adv", "informazione pubblicitaria", "informazione commerciale", "messaggio promozionale",
    "spazio pubblicitario", "publiredazionale",
};
constexpr LanguageWords k_label_lists[] = {
    {ListLanguage::en, k_labels_en}, {ListLanguage::es, k_labels_es}, {ListLanguage::de, k_labels_de},
    {ListLanguage::fr, k_labels_fr}, {ListLanguage::pt, k_labels_pt}, {ListLanguage::it, k_labels_it},
};
constexpr LanguagePhrases<total_words(k_label_lists)> k_labels{k_label_lists};

/// Whole lines that are a shop's or a deal box's button (compared with shape::key()), per
/// language: buy now, shop now, see the deal or offer, check the price, add to the cart.
constexpr std::string_view k_shop_buttons_en[] = {
    "buy now", "shop now", "view deal", "see deal", "get deal", "get the deal", "view offer", "see offer",
    "check price", "check prices", "see price", "view price", "see prices", "add to cart", "add to basket",
};
constexpr std::string_view k_shop_buttons_es[] = {
    "comprar ahora", "comprar ya", "ver oferta", "ver la oferta", "ver precio", "ver precios",
    "consultar precio", "añadir al carrito", "añadir a la cesta",
};
constexpr std::string_view k_shop_buttons_de[] = {
    "jetzt kaufen", "zum angebot", "angebot ansehen", "zum deal", "preis prüfen", "preise vergleichen",
    "in den warenkorb", "jetzt bestellen", "zum shop",
};
constexpr std::string_view k_shop_buttons_fr[] = {
    "acheter maintenant", "voir l'offre", "voir l’offre", "voir le prix", "voir les prix", "j'en profite",
    "j’en profite", "ajouter au panier",
};
constexpr std::string_view k_shop_buttons_pt[] = {
    "comprar agora", "ver oferta", "ver a oferta", "ver preço", "ver preços", "adicionar ao carrinho",
    "adicionar ao cesto",
};
constexpr std::string_view k_shop_buttons_it[] = {
    "compra ora", "acquista ora", "vedi offerta", "vedi l'offerta", "vedi l’offerta", "vedi prezzo",
    "vedi prezzi", "aggiungi al carrello",
};
constexpr LanguageWords k_shop_button_lists[] = {
    {ListLanguage::en, k_shop_buttons_en}, {ListLanguage::es, k_shop_buttons_es},
    {ListLanguage::de, k_shop_buttons_de}, {ListLanguage::fr, k_shop_buttons_fr},
    {ListLanguage::pt, k_shop_buttons_pt}, {ListLanguage::it, k_shop_buttons_it},
};
constexpr LanguagePhrases<total_words(k_shop_button_lists)> k_shop_buttons{k_shop_button_lists};

/// Most bytes of a deal box's line: a price, a shop, a button.
constexpr std::size_t k_max_deal_bytes = 120;
/// Most bytes of the button and its separator at the end of a deal box's line.
constexpr std::size_t k_max_button_tail_bytes = 32;

/// Whether `text` holds a currency sign (€, $, £) or code (EUR, USD), in one pass: most lines
/// hold none, and a deal box's line is asked nothing more.
bool holds_currency(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '$') return true;
    std::string_view rest = text.substr(i);
    if ((c == '\xE2' && rest.starts_with("\xE2\x82\xAC")) || (c == '\xC2' && rest.starts_with("\xC2\xA3")) ||
        (c == 'E' && rest.starts_with("EUR")) || (c == 'U' && rest.starts_with("USD")))
      return true;
  }
  return false;
}

/// Marks a deal box sets its button apart with (spaced): em and en dash, hyphen, bar, middle dot,
/// arrow, single and double guillemet; and the last byte of each, with the full stop of ". ".
constexpr std::string_view k_button_separators[] = {"\xE2\x80\x94", "\xE2\x80\x93", "-", "|", "\xC2\xB7",
                                                    "\xE2\x86\x92", "\xE2\x80\xBA", "\xC2\xBB"};
constexpr std::array<bool, 256> k_button_separator_ends = [] {
  std::array<bool, 256> ends{};
  for (std::string_view separator : k_button_separators) ends[static_cast<unsigned char>(separator.back())] = true;
  ends[static_cast<unsigned char>('.')] = true;
  return ends;
}();

/// A deal box's line: a price (a digit and a currency), then a shop's button after a dash, a bar,
/// a middle dot, an arrow or a sentence's stop ("Best price: $89.90 at MegaStore — See deal",
/// "89,90 € bei Shop | Zum Angebot", "Deal: X for $99 at Shop (save $30) → check price").
bool is_deal_line(std::string_view text) {
  text = shape::trim(text);
  // A headline's question ("Bitcoin at $60,000 — buy now?") or a sentence is no button.
  if (text.size() > k_max_deal_bytes || text.size() < 8 || text.ends_with('?') || text.ends_with('!') ||
      text.ends_with('.'))
    return false;
  // The button: the words after the separator, found by a walk back over the last few bytes
  // (a button is a few words; most lines hold no separator there).
  std::size_t floor = text.size() > k_max_button_tail_bytes ? text.size() - k_max_button_tail_bytes : 1;
  std::size_t cut = std::string_view::npos, width = 0;
  for (std::size_t at = text.size() - 1; at > floor && cut == std::string_view::npos; --at) {
    // A space after no separator's last byte (most spaces follow a letter) is passed over.
    if (text[at] != ' ' || !k_button_separator_ends[static_cast<unsigned char>(text[at - 1])]) continue;
    if (text[at - 1] == '.' && at >= 2 && text[at - 2] != ' ') {  // "... at Voltmart. Buy now"
      cut = at - 1;
      width = 2;
      break;
    }
    for (std::string_view separator : k_button_separators) {
      if (at > separator.size() && text.substr(at - separator.size(), separator.size()) == separator &&
          text[at - separator.size() - 1] == ' ') {
        cut = at - separator.size() - 1;
        width = separator.size() + 2;
        break;
      }
    }
  }
  if (cut == std::string_view::npos) return false;
  if (!is_one_of(shape::scratch_key(text.substr(cut + width)), k_shop_buttons, k_whole_line_languages)) return false;
  std::string_view price = text.substr(0, cut);
  return holds_currency(price) && price.find_first_of("0123456789") != std::string_view::npos;
}

/// How a sponsor's credit line opens; a sponsor's name, and nothing more, follows.
constexpr std::string_view k_sponsor_openings_en[] = {"sponsored by", "presented by", "paid for by",
                                                      "in partnership with", "powered by", "brought to you by",
                                                      "sponsored content from", "sponsored content by",
                                                      "content provided by"};
constexpr std::string_view k_sponsor_openings_es[] = {"patrocinado por", "presentado por", "ofrecido por",
                                                      "contenido ofrecido por", "en colaboración con",
                                                      "contenido patrocinado por"};
constexpr std::string_view k_sponsor_openings_de[] = {"gesponsert von", "präsentiert von", "in zusammenarbeit mit",
                                                      "unterstützt von", "gesponserter inhalt von"};
constexpr std::string_view k_sponsor_openings_fr[] = {"sponsorisé par", "présenté par", "en partenariat avec",
                                                      "offert par", "proposé par", "contenu sponsorisé par",
                                                      "contenu proposé par", "contenu offert par"};
constexpr std::string_view k_sponsor_openings_pt[] = {"patrocinado por", "apresentado por", "oferecido por",
                                                      "em parceria com", "conteúdo patrocinado por",
                                                      "conteúdo oferecido por"};
constexpr std::string_view k_sponsor_openings_it[] = {"sponsorizzato da", "presentato da", "in collaborazione con",
                                                      "offerto da", "contenuto sponsorizzato da",
                                                      "contenuto offerto da"};
constexpr LanguageWords k_sponsor_opening_lists[] = {
    {ListLanguage::en, k_sponsor_openings_en}, {ListLanguage::es, k_sponsor_openings_es},
    {ListLanguage::de, k_sponsor_openings_de}, {ListLanguage::fr, k_sponsor_openings_fr},
    {ListLanguage::pt, k_sponsor_openings_pt}, {ListLanguage::it, k_sponsor_openings_it},
};
constexpr LanguagePhrases<total_words(k_sponsor_opening_lists)> k_sponsor_openings{k_sponsor_opening_lists};
/// A sponsor's name runs to a few words.
constexpr std::size_t k_max_sponsor_words = 8;

/// How a prompt to buy ads on the site starts.
constexpr std::string_view k_prompt_openings_en[] = {"advertise with", "advertise on"};
constexpr std::string_view k_prompt_openings_es[] = {"anúnciese con", "anúnciese en", "anúnciate con"};
constexpr std::string_view k_prompt_openings_de[] = {"werben sie", "werben auf"};
constexpr std::string_view k_prompt_openings_fr[] = {"faites de la publicité", "annoncez sur"};
constexpr std::string_view k_prompt_openings_pt[] = {"anuncie no", "anuncie na", "anuncie conosco"};
constexpr std::string_view k_prompt_openings_it[] = {"pubblicizza", "fai pubblicità"};
constexpr LanguageWords k_prompt_opening_lists[] = {
    {ListLanguage::en, k_prompt_openings_en}, {ListLanguage::es, k_prompt_openings_es},
    {ListLanguage::de, k_prompt_openings_de}, {ListLanguage::fr, k_prompt_openings_fr},
    {ListLanguage::pt, k_prompt_openings_pt}, {ListLanguage::it, k_prompt_openings_it},
};
constexpr LanguagePhrases<total_words(k_prompt_opening_lists)> k_prompt_openings{k_prompt_opening_lists};

/// What such a prompt asks the reader to do; one of these must be on the line.
constexpr std::string_view k_prompt_calls_en[] = {"advertise today", "advertise now", "advertise with us",
                                                  "contact us", "learn more", "get started", "reach millions",
                                                  "media kit"};
constexpr std::string_view k_prompt_calls_es[] = {"contáctenos", "contáctanos"};
constexpr std::string_view k_prompt_calls_de[] = {"kontaktieren sie uns", "jetzt werben"};
constexpr std::string_view k_prompt_calls_fr[] = {"contactez-nous"};
constexpr std::string_view k_prompt_calls_pt[] = {"entre em contato"};
constexpr std::string_view k_prompt_calls_it[] = {"contattaci"};
constexpr LanguageWords k_prompt_call_lists[] = {
    {ListLanguage::en, k_prompt_calls_en}, {ListLanguage::es, k_prompt_calls_es},
    {ListLanguage::de, k_prompt_calls_de}, {ListLanguage::fr, k_prompt_calls_fr},
    {ListLanguage::pt, k_prompt_calls_pt}, {ListLanguage::it, k_prompt_calls_it},
};

/// An ad break's line in any wording ("Anzeige - Weiterlesen nach der Anzeige", "Sigue leyendo
/// después de la publicidad"): every word is one of an ad break's words, one names the ad and
/// one says to go on. Tried in all six languages, as a label is.
constexpr std::size_t k_max_break_words = 12;
constexpr std::string_view k_break_ad_words[] = {
    "advertisement", "advertising", "ad", "ads", "anzeige", "werbung", "publicidad", "anuncio", "publicité", "pub",
    "pubblicità", "annuncio", "publicidade", "anúncio",
};
constexpr std::string_view k_break_go_on_words[] = {
    "continue", "continues", "scroll", "reading", "weiterlesen", "weiter", "fortgesetzt", "sigue", "continúa",
    "continua", "leyendo", "défiler", "continuer", "suite", "prosegue", "scorri", "continuare", "role", "continuar",
    "segue", "lendo", "seguir", "leggere", "continuez",
};
constexpr std::string_view k_break_small_words[] = {
    "story", "article", "content", "below", "after", "the", "this", "to", "with", "down", "for", "more", "read",
    "nach", "der", "dem", "unter", "artikel", "wird", "lesen", "sie", "hier", "geht", "es", "después", "de", "la",
    "del", "debajo", "el", "nota", "artículo", "después", "pour", "après", "cette", "l'article", "sous", "faites",
    "dopo", "per", "sotto", "l'articolo", "a", "após", "da", "depois", "para", "abaixo", "o", "matéria",
    "unterhalb", "unten", "ler", "à", "seguito", "di", "qui", "lire", "lecture", "ci-dessous",
    "-", "|", "·", "—", "–", "↓",
};

/// Pieces of the ad words, for a cheap look before a line is split into words (without their
/// first letter, which a line may capitalise; "pub" as a word): "Ad" and "Ads" alone are labels.
constexpr shape::Needles k_break_stems{
    {"dvert", "nzeige", "erbung", "ublici", "nunci", "núnci", "ubblicit", " pub", "Pub "}};
/// The same in capitals, looked for on a line that opens with two ("ADVERTISEMENT - story
/// continues below").
constexpr shape::Needles k_capital_break_stems{{"DVERT", "NZEIGE", "ERBUNG", "UBLICI", "NUNCI", "UBBLICIT"}};

/// True when `text` holds an ad word's stem (k_break_stems), or opens in capitals and holds one
/// in capitals.
bool holds_break_stem(std::string_view text) {
  if (shape::contains_any(text, k_break_stems)) return true;
  // "Ad" as the line's last word ("Article continues below this ad"): too short a stem to look
  // for anywhere.
  std::string_view end = shape::without_final_stops(shape::trim(text));
  if (end.ends_with(" ad") || end.ends_with(" Ad") || end.ends_with(" AD") || end.ends_with(" ads")) return true;
  return text.size() >= 2 && text[0] >= 'A' && text[0] <= 'Z' && text[1] >= 'A' && text[1] <= 'Z' &&
         shape::contains_any(text, k_capital_break_stems);
}

/// Content-recommendation networks whose widgets fill a sponsored block; a short line naming
/// one ("Promoted Links by Taboola", "Recommended by Outbrain") is the block's credit.
constexpr std::string_view k_recommendation_networks[] = {
    "taboola", "outbrain", "plista", "ligatus", "revcontent", "mgid", "zergnet", "nativo",
};
constexpr std::size_t k_max_network_credit_words = 8;
/// Whether a line may open as a label or a shop's button does, by its first two bytes.
constexpr OpeningGuard k_label_guard{k_labels, k_shop_buttons};

/// The ASCII letters a shop's button may end with (key_closing() tells no other byte).
constexpr std::array<bool, 256> k_button_closings = [] {
  std::array<bool, 256> bytes{};
  for (const LanguageWords& list : k_shop_button_lists)
    for (std::string_view button : list.words) bytes[static_cast<unsigned char>(button.back())] = true;
  return bytes;
}();

/// True when `key` is a few words, one of them a recommendation network's name.
bool is_network_credit(std::string_view key) {
  if (shape::key_word_count(key) > k_max_network_credit_words) return false;
  while (!key.empty()) {
    std::size_t end = key.find(' ');
    std::string_view word = key.substr(0, end);
    key = end == std::string_view::npos ? std::string_view{} : key.substr(end + 1);
    if (shape::is_one_of(word, k_recommendation_networks)) return true;
  }
  return false;
}

/// A sponsored block lists a dozen promoted headlines at most, each a few words with no
/// sentence's stop (an advertiser's name may follow on its own line, as short).
constexpr std::size_t k_min_promoted = 2;
constexpr std::size_t k_max_promoted = 12;
constexpr std::size_t k_max_promoted_words = 16;
constexpr std::size_t k_min_headline_words = 4;
constexpr std::size_t k_max_promoted_bytes = 160;

bool is_promoted_headline(std::string_view text) {
  text = shape::trim(text);
  if (text.empty() || text.size() > k_max_promoted_bytes || shape::word_count(text) > k_max_promoted_words)
    return false;
  // A closing quote or bracket ends a sentence of the article as often as a headline: "... »".
  char last = text.back();
  if (last == '.' || last == ',' || last == ';' || last == ':' || last == ')' || last == '"' ||
      text.ends_with("\xC2\xBB") || text.ends_with("\xE2\x80\x9D"))
    return false;
  // Two sentences are a paragraph.
  return text.find(". ") == std::string_view::npos && text.find("; ") == std::string_view::npos;
}

/// An article's paragraph: a sentence's stop at its end and a dozen words or more.
constexpr std::size_t k_min_paragraph_words = 12;
bool is_paragraph(std::string_view text) { return shape::is_paragraph_shaped(text, k_min_paragraph_words); }

/// How many kept lines below a list a paragraph shows the article resuming.
constexpr std::size_t k_paragraph_reach = 6;

/// True when a paragraph stands within k_paragraph_reach kept lines below block `index`.
bool paragraph_after(const Document& doc, std::size_t index) {
  std::size_t next = index, seen = 0;
  while ((next = next_kept(doc, next + 1)) < doc.blocks.size() && seen++ < k_paragraph_reach)
    if (is_paragraph(doc.blocks[next].text)) return true;
  return false;
}

/// True when `block` is one this stage took as a sponsor's or a recommendation network's
/// credit ("Paid for by Acme", "Taboola"): the close of a sponsored block.
bool is_closing_credit(const Block& block, std::string_view name) {
  return block.removed_by == name && block.text.size() <= k_max_label_bytes &&
         (is_network_credit(shape::scratch_key(block.text)) ||
          !opening_in(block.text, k_sponsor_openings, k_whole_line_languages).empty());
}

/// True when the line right after block `index` is a closing credit (see is_closing_credit).
bool credit_closes(const Document& doc, std::size_t index, std::string_view name) {
  return index + 1 < doc.blocks.size() && is_closing_credit(doc.blocks[index + 1], name);
}

/// What an advertiser's headline says and an article's heading does not: it addresses the
/// reader ("see if you qualify", "Scopri come ridurre ...", "compare preços e poupe") or names a
/// price or a saving. Words, each with the spaces or the line's start around it.
constexpr std::string_view k_pitch_words[] = {
    "you", "your", "see if", "find out", "discover", "compare", "save", "deal", "deals", "here's how",
    "sie", "ihr", "ihre", "entdecken", "vergleichen", "sparen", "so sparen",
    "tu", "tus", "puedes", "descubre", "compara", "ahorra", "ahorrar", "así puedes",
    "vous", "votre", "vos", "découvrez", "comparez", "économisez", "économiser",
    "tuo", "tua", "puoi", "scopri", "confronta", "risparmia", "risparmiare",
    "você", "seu", "sua", "descubra", "compare", "poupe", "poupar", "economize",
};

/// True when `text` reads as an advertiser's pitch (see k_pitch_words), or names a percentage or a price.
bool is_sales_pitch(std::string_view text) {
  if (text.find('%') != std::string_view::npos || text.find("\xE2\x82\xAC") != std::string_view::npos ||
      text.find('$') != std::string_view::npos || text.find("\xC2\xA3") != std::string_view::npos)
    return true;
  std::string_view key = shape::scratch_key(text);
  for (std::size_t at = 0; at < key.size();) {
    for (std::string_view word : k_pitch_words)
      if (key.substr(at).starts_with(word) &&
          (at + word.size() == key.size() || !shape::is_word_byte(key[at + word.size()])))
        return true;
    std::size_t space = key.find(' ', at);
    at = space == std::string_view::npos ? key.size() : space + 1;
  }
  return false;
}

/// Arrows an advertiser's box ends its link with: the shared pointing arrows (→ ➜ ➔ › » ▶ ► ▸,
/// shape::k_pointing_arrows), in their order, and ">>".
constexpr auto k_link_arrows = [] {
  std::array<std::string_view, std::size(shape::k_pointing_arrows) + 1> arrows{};
  for (std::size_t i = 0; i < std::size(shape::k_pointing_arrows); ++i) arrows[i] = shape::k_pointing_arrows[i];
  arrows.back() = ">>";
  return arrows;
}();
/// The last bytes of those arrows, and a space a line may end with after one: a line that ends on
/// another byte is turned away by it alone.
constexpr std::array<bool, 256> k_link_arrow_ends = [] {
  std::array<bool, 256> ends{};
  for (std::string_view arrow : k_link_arrows) ends[static_cast<unsigned char>(arrow.back())] = true;
  ends[static_cast<unsigned char>(' ')] = true;
  return ends;
}();
/// An arrowed pitch is a sentence or three.
constexpr std::size_t k_max_arrowed_pitch_bytes = 240;

/// True when `text` is an advertiser's pitch that ends on its link's arrow ("Compare conveyancing
/// quotes from 40+ solicitors in minutes. Get quotes →", "Jetzt wechseln und bis zu 450 € sparen!
/// ... ➜"): a pitch to the reader or a price (is_sales_pitch()) that reports no one, then an
/// arrow closing the line.
/// A French quotation closes on "»" too, so that one counts only with no "«" before it.
bool is_arrowed_pitch(std::string_view text) {
  if (text.empty() || !k_link_arrow_ends[static_cast<unsigned char>(text.back())]) return false;
  text = shape::trim(text);
  if (text.size() > k_max_arrowed_pitch_bytes) return false;
  std::string_view arrow;
  for (std::string_view candidate : k_link_arrows)
    if (text.ends_with(candidate)) arrow = candidate;
  if (arrow.empty() || text.size() == arrow.size()) return false;
  if (arrow == "\xC2\xBB" && text.find("\xC2\xAB") != std::string_view::npos) return false;
  std::string_view pitch = shape::trim(text.substr(0, text.size() - arrow.size()));
  return shape::word_count(pitch) <= k_max_prompt_words && is_sales_pitch(pitch) &&
         !shape::key_contains_any(shape::scratch_key(pitch), k_reported_speech);
}

/// A sponsor's credit for a series of the site's own ("Our summer beach safety series is supported
/// by Harbourside Health Fund.", "Diese Serie wird unterstützt von ..."): the site's series or
/// coverage as the subject, then the sponsor's verb. Flat lists of the six languages, keys.
constexpr shape::Phrases k_series_owners{{
    "our", "this", "these", "diese", "dieser", "unsere", "cette", "ce", "notre", "nos", "esta", "este", "nuestra",
    "nuestro", "questa", "questo", "la nostra", "il nostro", "a nossa", "o nosso",
}};
constexpr std::string_view k_series_nouns[] = {
    "series", "coverage", "reporting", "journalism", "content", "section", "newsletter", "podcast", "feature",
    "guide", "serie", "reihe", "berichterstattung", "série", "rubrique", "couverture", "sección", "cobertura",
    "rubrica", "inchiesta", "secção", "seção",
};
constexpr std::string_view k_series_sponsor_verbs[] = {
    " is supported by ", " is sponsored by ", " is funded by ", " is made possible by ", " is brought to you by ",
    " is presented by ", " are supported by ", " are sponsored by ", " wird unterstützt von ", " wird gefördert von ",
    " wird präsentiert von ", " est soutenue par ", " est soutenu par ", " est financée par ", " est financé par ",
    " cuenta con el apoyo de ", " está patrocinada por ", " está patrocinado por ", " è sostenuta da ",
    " è sostenuto da ", " è sponsorizzata da ", " é apoiada por ", " é apoiado por ", " tem o apoio de ",
};
/// The owner, the noun and its adjectives come within this many words; the credit is a sentence.
constexpr std::size_t k_max_series_subject_words = 6;
constexpr std::size_t k_max_series_credit_words = 22;

/// Pieces of those verbs' participles, one of which the line must hold (most lines hold none).
constexpr shape::Needles k_series_sponsor_stems{{"upported", "ponsored", "unded", "possible", "rought to", "resented",
                                                 "nterstützt", "efördert", "räsentiert", "outenu", "inancé", "poyo",
                                                 "atrocinad", "ostenut", "ponsorizzat", "poiad"}};

bool is_series_sponsor_credit(std::string_view text) {
  // The owner opens the line and a participle is in it: most lines fail, and are not keyed.
  if (text.size() > 2 * k_max_label_bytes || shape::opening_in(text, k_series_owners).empty() ||
      !shape::contains_any(text, k_series_sponsor_stems))
    return false;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_series_credit_words || shape::key_contains_any(key, k_reported_speech))
    return false;
  bool owned = false;
  for (std::string_view owner : k_series_owners)
    if (key.starts_with(owner) && key.size() > owner.size() && key[owner.size()] == ' ') owned = true;
  if (!owned) return false;
  for (std::string_view verb : k_series_sponsor_verbs) {
    std::size_t at = key.find(verb);
    if (at == std::string_view::npos) continue;
    std::string_view subject = key.substr(0, at);
    if (shape::key_word_count(subject) > k_max_series_subject_words) return false;
    bool noun = false;
    shape::each_word(subject, [&](std::string_view word) {
      noun = noun || shape::is_one_of(word, k_series_nouns);
      return !noun;
    });
    // The sponsor is named after the verb, capitalised: "supported by evidence ..." names none.
    std::size_t raw = text.find(verb);
    if (raw == std::string_view::npos || raw + verb.size() >= text.size()) return false;
    std::string_view sponsor = text.substr(raw + verb.size());
    for (std::string_view article : {"the ", "der ", "die ", "den ", "dem ", "la ", "le ", "el ", "il ", "lo ", "o ", "a "})
      if (sponsor.starts_with(article) && sponsor.size() > article.size()) {
        sponsor.remove_prefix(article.size());
        break;
      }
    auto first = static_cast<unsigned char>(sponsor[0]);
    return noun && ((first >= 'A' && first <= 'Z') || first == 0xC3);
  }
  return false;
}

/// Words a shop's promotion code follows ("Code: START20", "Gutscheincode SOMMER", "cupón
/// VERANO10"), lower case; a ':' after the word is allowed.
constexpr std::string_view k_code_words[] = {
    "code", "codes", "código", "codigo", "codice", "cupón", "cupon", "cupom", "coupon", "gutschein",
    "gutscheincode", "rabattcode", "aktionscode", "promocode", "promo", "voucher",
};
/// What follows a discount's percentage ("20% off", "20 % Rabatt", "10 % de réduction"), lower case.
constexpr std::string_view k_discount_words[] = {
    "off", "rabatt", "descuento", "de descuento", "réduction", "de réduction", "remise", "de remise", "sconto",
    "di sconto", "desconto", "de desconto",
};
/// A promotion names a percentage or a price: a line with none of these signs is turned away.
constexpr shape::Needles k_price_signs{{"%", "$", "\xE2\x82\xAC", "\xC2\xA3"}};
/// A promotion's line is a sentence or two.
constexpr std::size_t k_max_promo_bytes = 220;
constexpr std::size_t k_max_promo_words = 30;

/// True when `word` (bare of marks around it) is a promotion code: 4 to 20 ASCII capitals and
/// digits, a capital among them ("START20", "PRINTEMPS10", "WELCOME").
bool is_promo_code(std::string_view word) {
  while (!word.empty() && !shape::is_word_byte(word.back())) word.remove_suffix(1);
  while (!word.empty() && !shape::is_word_byte(word.front())) word.remove_prefix(1);
  if (word.size() < 4 || word.size() > 20) return false;
  bool capital = false;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z') capital = true;
    else if (!shape::is_ascii_digit(c)) return false;
  }
  return capital;
}

/// Byte offset just past the first promotion code of `text` that follows a code word (see
/// k_code_words), or npos.
std::size_t promo_code_end(std::string_view text) {
  bool after_code_word = false;
  std::size_t end = std::string_view::npos;
  shape::each_word(text, [&](std::string_view word) {
    if (after_code_word && is_promo_code(word)) {
      end = static_cast<std::size_t>(word.data() + word.size() - text.data());
      return false;
    }
    std::string_view bare = word;
    while (!bare.empty() && (bare.back() == ':' || bare.back() == ',')) bare.remove_suffix(1);
    after_code_word = shape::is_one_of_ci(bare, k_code_words);
    return true;
  });
  return end;
}

/// True when `text` offers a discount by a percentage: one followed by a discount's word ("20%
/// off", "20 % Rabatt") or written as a minus ("-10 %", "–20 %").
bool offers_discount(std::string_view text) {
  for (std::size_t at = text.find('%'); at != std::string_view::npos; at = text.find('%', at + 1)) {
    std::string_view after = shape::trim(text.substr(at + 1));
    for (std::string_view word : k_discount_words)
      if (shape::starts_with_ci(after, word) && !shape::word_goes_on(after, word.size())) return true;
    std::size_t before = at;
    while (before > 0 && (shape::is_ascii_digit(text[before - 1]) || text[before - 1] == ' ' ||
                          text[before - 1] == ',' || text[before - 1] == '.'))
      --before;
    if (before < at && shape::dash_at(text.substr(before - std::min<std::size_t>(before, 3))) != 0) return true;
    if (before > 0 && text[before - 1] == '-') return true;
  }
  return false;
}

/// "Jetzt 20 % auf Ihren ersten Einkauf sichern – Code: START20", "Use code SAVE20 for 20% off
/// your first order", "Profitez de -10 % avec le code PRINTEMPS10": a percentage or a price,
/// a code word and a promotion code after it, which closes the line (but for a stop or the
/// link's arrow) or goes with a discount (offers_discount()). "Hackers used the code ADMIN2020
/// and took 20% of the funds" offers none; a line that reports someone is prose.
bool is_promo_code_offer(std::string_view text) {
  text = shape::trim(text);
  if (text.size() > k_max_promo_bytes || !shape::contains_any(text, k_price_signs)) return false;
  std::size_t end = promo_code_end(text);
  if (end == std::string_view::npos) return false;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_promo_words || shape::key_contains_any(key, k_reported_speech)) return false;
  std::string_view rest = shape::without_final_stops(shape::trim(text.substr(end)));
  for (std::string_view arrow : k_link_arrows)
    if (rest == arrow) rest = {};
  return rest.empty() || offers_discount(text);
}

/// The en and em dashes a label may stand between ("– Anzeige –", "— Advertisement —"), which
/// a line's key keeps (it drops only the hyphen).
constexpr std::string_view k_label_dashes[] = {"\xE2\x80\x93", "\xE2\x80\x94"};

/// `text` between an en or em dash opening it and one closing it, each set off by a space or
/// glued to a word in capitals ("— Anzeige —", "—PUBLICIDAD—"); `text` itself otherwise.
std::string_view between_dashes(std::string_view text) {
  if (shape::opens_on_ascii_alnum(text)) return text;
  std::string_view line = shape::trim(text);
  for (std::string_view dash : k_label_dashes) {
    if (line.size() <= 2 * dash.size() + 2 || !line.starts_with(dash) || !line.ends_with(dash)) continue;
    std::string_view inside = line.substr(dash.size(), line.size() - 2 * dash.size());
    if (inside.front() == ' ' && inside.back() == ' ') return shape::trim(inside);
    if (std::none_of(inside.begin(), inside.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return inside;
  }
  return text;
}

/// Sponsored labels that head a block of promoted headlines (a plain "Advertisement" heads an
/// ad slot, which the article resumes after).
constexpr std::string_view k_block_labels[] = {
    "sponsored", "sponsored content", "sponsored stories", "sponsored links", "promoted content",
    "promoted stories", "promoted links", "paid content", "partner content", "from our partners",
    "from our sponsors", "partner stories", "paid partner content", "contenido patrocinado",
    "contenidos patrocinados", "enlaces patrocinados", "contenido de marca", "gesponsert", "gesponserter inhalt",
    "gesponserte inhalte", "gesponserte links", "contenu sponsorisé", "contenus sponsorisés", "contenu partenaire",
    "contenus partenaires", "liens sponsorisés", "conteúdo patrocinado", "conteúdos patrocinados",
    "links patrocinados", "conteúdo de marca", "contenuto sponsorizzato", "contenuti sponsorizzati",
    "contenuti sponsor", "link sponsorizzati", "contenuti dai partner", "patrocinado", "sponsorizzato",
    "conteúdo pago", "contenuti a pagamento",
};

/// An ad break's words as phrases, for k_break_guard only: it reads their bytes, not their
/// language.
constexpr LanguageWords k_break_word_lists[] = {
    {ListLanguage::en, k_break_ad_words}, {ListLanguage::en, k_break_go_on_words},
    {ListLanguage::en, k_break_small_words}};
constexpr LanguagePhrases<total_words(k_break_word_lists)> k_break_words{k_break_word_lists};
constexpr OpeningGuard k_break_guard{k_break_words};

/// False when the key of `text` opens with no ad break's word (for certain), so that it is no
/// break: by its first two bytes, which the key opens with too. A key opening on ',', ':' or '.'
/// may open with a word of those alone, which is_ad_break() passes over.
bool may_open_break(std::string_view text) {
  unsigned char first = key_opening(text);
  return first == ',' || first == ':' || first == '.' || k_break_guard.may_open(text);
}

/// True when every word of `key` is an ad break's word, with an ad word and a go-on word among them.
bool is_ad_break(std::string_view key) {
  if (shape::key_word_count(key) > k_max_break_words) return false;
  bool ad = false, go_on = false;
  while (!key.empty()) {
    std::size_t end = key.find(' ');
    std::string_view word = key.substr(0, end);
    key = end == std::string_view::npos ? std::string_view{} : key.substr(end + 1);
    while (!word.empty() && (word.back() == ',' || word.back() == ':' || word.back() == '.')) word.remove_suffix(1);
    if (word.empty()) continue;
    if (shape::is_one_of(word, k_break_ad_words)) ad = true;
    else if (shape::is_one_of(word, k_break_go_on_words)) go_on = true;
    else if (!shape::is_one_of(word, k_break_small_words)) return false;
  }
  return ad && go_on;
}

/// An event's ticket advert: an imperative to get tickets opens the line ("Get your tickets
/// now: ...", "Tickets sichern: ...", "Réservez vos places ..."). Reports about tickets open
/// on their subject ("Tickets for the opening night sold out ...").
constexpr std::string_view k_ticket_openings_en[] = {
    "get your tickets", "get tickets", "buy tickets", "buy your tickets", "book your tickets", "book tickets",
    "book your place", "book your seat", "grab your tickets", "secure your tickets", "reserve your seat",
    "register now for", "tickets on sale now",
};
constexpr std::string_view k_ticket_openings_de[] = {
    "tickets sichern", "jetzt tickets", "karten sichern", "jetzt karten", "tickets kaufen", "sichern sie sich",
    "tickets gibt es", "jetzt anmelden zum",
};
constexpr std::string_view k_ticket_openings_es[] = {
    "compra tus entradas", "consigue tus entradas", "compra ya tus entradas", "consigue ya tu entrada",
    "reserva tu entrada", "reserva tu plaza", "entradas a la venta", "adquiere tus entradas",
};
constexpr std::string_view k_ticket_openings_fr[] = {
    "billetterie", "réservez vos places", "réservez votre place", "réservez dès maintenant", "achetez vos billets",
    "prenez vos billets", "inscrivez-vous dès maintenant",
};
constexpr std::string_view k_ticket_openings_it[] = {
    "acquista i biglietti", "acquista il biglietto", "acquista il tuo biglietto", "compra i biglietti",
    "prenota il tuo posto", "prenota ora", "biglietti in vendita", "assicurati il tuo posto",
};
constexpr std::string_view k_ticket_openings_pt[] = {
    "garanta já o seu ingresso", "garanta já seu ingresso", "garanta seu ingresso", "garanta o seu ingresso",
    "garanta já o seu lugar", "compre seu ingresso", "compre já o seu ingresso", "ingressos à venda",
};
constexpr LanguageWords k_ticket_opening_lists[] = {
    {ListLanguage::en, k_ticket_openings_en}, {ListLanguage::es, k_ticket_openings_es},
    {ListLanguage::de, k_ticket_openings_de}, {ListLanguage::fr, k_ticket_openings_fr},
    {ListLanguage::pt, k_ticket_openings_pt}, {ListLanguage::it, k_ticket_openings_it},
};
constexpr LanguagePhrases<total_words(k_ticket_opening_lists)> k_ticket_openings{k_ticket_opening_lists};
/// A ticket advert is a sentence or two.
constexpr std::size_t k_max_ticket_words = 40;

/// Labels that mark a line as paid for when they open it before a colon or a dash, or stand in
/// brackets ("Sponsored: Doctors Stunned ...", "[Ad] The SolarMax 3000 ...", "Anzeige: ..."),
/// lower case, any of the six languages. Only labels of paid placement: "Advertising: a $600
/// billion industry" heads an article's section.
constexpr std::string_view k_paid_labels[] = {
    "sponsored", "advertorial", "paid content", "paid post", "ad", "advertisement", "anzeige",
    "gesponsert", "sponsorisé", "publireportage", "publicidad", "patrocinado", "publirreportaje", "sponsorizzato",
    "publiredazionale", "pubblicità", "publicidade", "publicité", "sponsored content", "contenu sponsorisé", "contenido patrocinado", "conteúdo patrocinado",
    "contenuto sponsorizzato", "sponsored listings", "sponsored listing", "sponsored links", "sponsored link",
    "informazione pubblicitaria", "entgeltliche einschaltung", "publi-info", "publi-information", "info-pub",
    "publi-communiqué", "publirédactionnel", "informe publicitário", "publieditorial", "información publicitaria",
    // A partner's or a brand's content.
    "contenu partenaire", "partner content", "partnerinhalt", "contenuto partner", "conteúdo de parceiro",
    "conteúdo do parceiro", "contenido de socio", "brand content", "branded content", "contenu de marque",
    "contenido de marca", "conteúdo de marca", "contenuto di marca",
};
/// Spaced marks that set a label off from its line as a colon does ("Ad · Pre-order ...",
/// "Contenu sponsorisé – Climatiseur ..."): an em or en dash, a middle dot or a bullet; `dotted`
/// for the last two, as k_dotted_paid_labels asks.
struct PaidLabelSeparator {
  std::string_view mark;
  bool dotted;
};
constexpr PaidLabelSeparator k_paid_label_separators[] = {
    {" \xE2\x80\x94 ", false}, {" \xE2\x80\x93 ", false}, {" \xC2\xB7 ", true}, {" \xE2\x80\xA2 ", true}};
/// Words that label an ad only before a middle dot or a bullet, as ad networks set them ("Anuncio
/// · ¿Buscas hipoteca? ..."): before a colon they may head news ("Anuncio: el Gobierno ...").
constexpr std::string_view k_dotted_paid_labels[] = {"anuncio", "annonce", "werbung", "promoted", "advertising"};
/// A word that labels an ad before a bar too ("SPONSOR | Kit irrigazione ..."), but not before a
/// colon: "Sponsor: Sen. Jane Lee" names a bill's sponsor.
constexpr std::string_view k_barred_paid_label = "sponsor";
/// A paid line runs to a few sentences; its label to a few words.
constexpr std::size_t k_max_paid_line_bytes = 300;
constexpr std::size_t k_max_paid_label_bytes = 28;

/// True when `text` opens with a bracket or with the first letter of a paid label (s, p, a, g,
/// c, w, i, e, b in either case): the cheap look before is_labelled_paid_line().
bool may_open_paid_label(std::string_view text) {
  if (text.empty()) return false;
  char first = static_cast<char>(text[0] | 0x20);
  return text[0] == '[' || text[0] == '(' || first == 's' || first == 'p' || first == 'a' || first == 'g' ||
         first == 'c' || first == 'w' || first == 'i' || first == 'e' || first == 'b';
}

/// True when `text` opens with a paid-placement label (k_paid_labels) in brackets, or before a
/// colon or a dash, with words after it: "Sponsored: Doctors Stunned ...", "[Ad] The SolarMax
/// 3000 ...", "(Anzeige) Jetzt ...". A bare label is judged as a label elsewhere.
bool is_labelled_paid_line(std::string_view text) {
  text = shape::trim(text);
  if (text.size() > k_max_paid_line_bytes || text.size() < 8) return false;
  char open = text[0];
  std::string_view label, rest;
  bool dotted = false;  // set off by a middle dot or a bullet
  bool barred = false;  // set off by a bar
  if (open == '[' || open == '(') {
    std::size_t close = text.find(open == '[' ? ']' : ')');
    if (close == std::string_view::npos || close > k_max_paid_label_bytes) return false;
    label = text.substr(1, close - 1);
    rest = text.substr(close + 1);
  } else {
    // The label's end: the first ':' or '|', or a spaced mark of k_paid_label_separators,
    // found in one pass over the bytes a label may take.
    std::string_view head = text.substr(0, k_max_paid_label_bytes + 5);
    std::size_t at = std::string_view::npos, separator = 0;
    for (std::size_t i = 0; i < head.size() && at == std::string_view::npos; ++i) {
      if (head[i] == ':' || head[i] == '|') {
        at = i;
        separator = 1;
        barred = head[i] == '|';
      } else if (head[i] == ' ' && i + 1 < head.size() && static_cast<unsigned char>(head[i + 1]) >= 0xC2) {
        for (const PaidLabelSeparator& mark : k_paid_label_separators) {
          if (!text.substr(i).starts_with(mark.mark)) continue;
          at = i;
          separator = mark.mark.size();
          dotted = mark.dotted;
          break;
        }
      }
    }
    if (at == std::string_view::npos || at > k_max_paid_label_bytes) return false;
    label = text.substr(0, at);
    rest = text.substr(at + separator);
  }
  rest = shape::trim(rest);
  if (rest.empty() || shape::word_count(rest) < 2) return false;
  std::string_view key = shape::scratch_key(shape::trim(label));
  return shape::is_one_of(key, k_paid_labels) || (dotted && shape::is_one_of(key, k_dotted_paid_labels)) ||
         ((dotted || barred) && key == k_barred_paid_label);
}

/// `text` without a dropdown's mark closing it ("Werbung ▾": the label of an ad slot that folds).
std::string_view without_dropdown_mark(std::string_view text) {
  text = shape::trim(text);
  for (std::string_view mark : {std::string_view(" \xE2\x96\xBE"), std::string_view(" \xE2\x96\xBC"),
                                std::string_view(" \xE2\x8C\x84")})
    if (text.ends_with(mark)) return shape::trim(text.substr(0, text.size() - mark.size()));
  return text;
}

/// The spaced marks after a board's label, besides a colon or a bar: ▸ ► · – — ».
constexpr std::string_view k_board_marks[] = {" \xE2\x96\xB8 ", " \xE2\x96\xBA ", " \xC2\xB7 ", " \xE2\x80\x93 ",
                                              " \xE2\x80\x94 ", " \xC2\xBB "};
/// A job board's labels, keyed, in the six languages.
constexpr std::string_view k_job_labels[] = {
    "jobs", "jobs in der region", "stellenangebote", "stellenmarkt", "job offers", "vacancies", "careers",
    "emprego", "empregos", "empleo", "ofertas de empleo", "offres d'emploi", "emploi", "offerte di lavoro",
    "lavoro", "vagas", "vaga", "annunci di lavoro", "offerte lavoro", "job offer", "vacancy", "stellenangebot", "oferta de empleo", "offre d'emploi",
    "offre d\xE2\x80\x99" "emploi", "offerta di lavoro", "oferta de emprego", "ofertas de emprego",
};
/// ... and what only a listing says: whom it wants and how to apply (stems, lower case).
constexpr std::string_view k_apply_cues[] = {
    "(m/w/d)", "(w/m/d)", "bewerben", "bewerbung", "apply", "application deadline", "candidatura", "candidate-se",
    "postula", "candidature", "postulez", "candidati", "candidarsi", "(h/f)", "(f/h)",
    // Whom it wants without brackets, the CV, and the board's link to every listing ("→ alle
    // Jobs", "Ver todas as vagas »"); not the verb to hire, which news of hiring says too.
    "h/f", "f/h", "m/f", "f/m", "m/w/d", "w/m/d", "lebenslauf", "cv ", "vacancies", "cercasi", "closing date",
    "alle jobs", "all jobs", "todas as vagas", "todas las ofertas", "toutes les offres", "tutte le offerte",
};
constexpr std::size_t k_max_job_label_bytes = 24;
constexpr std::size_t k_max_job_listing_words = 30;

/// Where a board's label (a few words) ends in `text`, and the width of the mark that ends it: a
/// colon or a bar, or a spaced pointer, middle dot or dash ("JOBS ▸ ...", "ANNUNCI DI LAVORO ·
/// ...", "OFFRE D'EMPLOI – ..."); {npos, 0} when no mark comes within `max_bytes`.
std::pair<std::size_t, std::size_t> board_label_end(std::string_view text, std::size_t max_bytes) {
  // (A loop, not find_first_of, which calls memchr on its set for every byte.)
  for (std::size_t at = 0; at < text.size() && at <= max_bytes; ++at) {
    if (text[at] == ':' || text[at] == '|') return {at, 1};
    if (text[at] == ' ' && at + 1 < text.size() && static_cast<unsigned char>(text[at + 1]) >= 0xC2)
      for (std::string_view mark : k_board_marks)
        if (text.substr(at).starts_with(mark)) return {at, mark.size()};
  }
  return {std::string_view::npos, 0};
}

/// True when the first two letters of `text` (either case) are one of `openings`' ("jo", "st").
template <std::size_t N>
bool opens_with_pair(std::string_view text, const std::string_view (&openings)[N]) {
  if (text.size() < 2) return false;
  const char pair[2] = {static_cast<char>(text[0] | 0x20), static_cast<char>(text[1] | 0x20)};
  for (std::string_view opening : openings)
    if (opening[0] == pair[0] && opening[1] == pair[1]) return true;
  return false;
}

/// The first two letters of every job board's label (k_job_labels), lower case.
constexpr std::string_view k_job_label_openings[] = {"jo", "st", "va", "ca", "em", "of", "la", "an"};

/// "Jobs in der Region: Ordinationsassistenz (m/w/d), 30 Wochenstunden, Zeltweg – jetzt
/// bewerben", "EMPREGO | Cooperativa ... contrata técnico. Candidaturas até 31 de maio →": a job
/// board's label before a colon, a bar or a spaced mark (board_label_end()), then a listing that
/// says how to apply. "Emprego: a taxa de desemprego caiu" heads a news item and names no
/// application.
bool is_job_listing(std::string_view text) {
  // Every label opens with one of these pairs of letters: most lines open otherwise.
  if (!opens_with_pair(text, k_job_label_openings)) return false;
  auto [end, width] = board_label_end(text, k_max_job_label_bytes);
  if (end == std::string_view::npos || end == 0) return false;
  if (!shape::is_one_of(shape::scratch_key(text.substr(0, end)), k_job_labels)) return false;
  std::string_view listing = text.substr(end + width);
  return shape::word_count(listing) <= k_max_job_listing_words && shape::contains_stem_ci(listing, k_apply_cues);
}

static_assert([] {
  for (std::string_view label : k_job_labels) {
    bool listed = false;
    for (std::string_view opening : k_job_label_openings) listed = listed || label.starts_with(opening);
    if (!listed) return false;
  }
  return true;
}(), "every job board's label opens with one of k_job_label_openings");

/// A classifieds board's labels, keyed, in the six languages.
constexpr std::string_view k_classified_labels[] = {
    "classifieds", "classified ads", "kleinanzeige", "kleinanzeigen", "petites annonces", "petite annonce",
    "clasificados", "avisos clasificados", "anuncios clasificados", "classificados", "anúncios classificados",
    "annunci", "piccoli annunci", "annunci economici",
};
constexpr std::size_t k_max_classified_label_bytes = 24;
/// Their first two letters, lower case.
constexpr std::string_view k_classified_label_openings[] = {"cl", "kl", "pe", "pi", "an", "av"};
constexpr std::size_t k_max_classified_words = 40;

static_assert([] {
  for (std::string_view label : k_classified_labels) {
    bool listed = false;
    for (std::string_view opening : k_classified_label_openings) listed = listed || label.starts_with(opening);
    if (!listed) return false;
  }
  return true;
}(), "every classifieds label opens with one of k_classified_label_openings");

/// "CLASIFICADOS ▸ Se vende carreta pintada ... Tel. 8312-4470", "Kleinanzeige: Hopfenpflückmaschine
/// ..., VB 9.500 €, Tel. ...": a classifieds board's label before a colon, a bar or a spaced mark,
/// then a listing that gives a price or a phone number.
bool is_classified_ad(std::string_view text) {
  if (!opens_with_pair(text, k_classified_label_openings)) return false;
  auto [end, width] = board_label_end(text, k_max_classified_label_bytes);
  if (end == std::string_view::npos || end == 0) return false;
  if (!shape::is_one_of(shape::scratch_key(text.substr(0, end)), k_classified_labels)) return false;
  std::string_view listing = text.substr(end + width);
  return shape::word_count(listing) <= k_max_classified_words &&
         (holds_currency(listing) || shape::holds_phone_number(listing));
}

bool is_ticket_advert(std::string_view text, ListLanguages languages) {
  text = shape::trim(text);
  return !opening_in(text, k_ticket_openings, languages).empty() &&
         shape::key_word_count(shape::scratch_key(text)) <= k_max_ticket_words;
}

/// What sets a sponsor's name apart from its slogan or offer: a dash, a bar or a full stop.
constexpr std::string_view k_sponsor_pitch_marks[] = {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", " | ", ". ",
                                                      " \xC2\xB7 "};
/// The word before a founding year that closes a slogan ("Sidra natural desde 1954").
constexpr std::string_view k_since_words[] = {"since", "seit", "depuis", "desde", "dal"};
/// A year of four digits.
constexpr std::size_t k_year_digits = 4;

/// True when `pitch` closes on a founding year after "since" in one of the six languages
/// ("Banking since 1890", "Energie seit 1900"), and has no other digit.
bool closes_on_founding_year(std::string_view pitch) {
  pitch = shape::without_final_stops(pitch);
  std::size_t space = pitch.rfind(' ');
  if (space == std::string_view::npos || pitch.size() - space - 1 != k_year_digits) return false;
  std::string_view year = pitch.substr(space + 1), before = pitch.substr(0, space);
  if (!std::all_of(year.begin(), year.end(), [](char c) { return shape::is_ascii_digit(c); }) ||
      shape::has_digit(before))
    return false;
  std::size_t word = before.rfind(' ');
  char buffer[16];
  return shape::is_one_of(
      shape::lower_ascii_into(before.substr(word == std::string_view::npos ? 0 : word + 1), buffer, sizeof buffer),
      k_since_words);
}
/// A sponsor's name is a few words; its slogan or offer a short sentence, and a slogan without
/// a pitch's words (is_sales_pitch()) a shorter one ("Stay in the game.").
constexpr std::size_t k_max_sponsor_name_words = 5;
constexpr std::size_t k_max_sponsor_pitch_words = 14;
constexpr std::size_t k_max_sponsor_slogan_words = 5;

/// What a sponsored piece's note says of the newsroom after the sponsor's name: that it kept
/// its editorial control or independence ("Sponsored by Visit Norway. The Ledger retains full
/// editorial control.", "Contenido patrocinado por X. Ruta Viva mantiene su independencia
/// editorial."), lower case as keys are.
constexpr std::string_view k_independence_phrases[] = {
    "editorial control", "editorial independence", "editorially independent", "independencia editorial",
    "control editorial", "redaktionell unabhängig", "redaktionelle unabhängigkeit", "redaktionelle kontrolle",
    "indépendance éditoriale", "contrôle éditorial", "indipendenza editoriale", "controllo editoriale",
    "independência editorial", "controle editorial", "controlo editorial",
};

/// "Sponsored by Acme Bank": an opening, a name, no sentence after it; or the name, then after a
/// dash, a bar or a full stop the sponsor's offer or slogan ("SPONSORED BY KESTREL GEAR — 30% off
/// all rain shells this weekend only", "Presented by Sunvale Sports Drinks. Stay in the game.").
/// A slogan has no figure but a founding year ("Contenido ofrecido por Llagar X · Sidra natural
/// desde 1954"): "Sponsored by Acme. The festival drew 20,000 visitors." is news.
bool is_sponsor_line(std::string_view text, ListLanguages languages) {
  text = shape::trim(text);
  if (text.size() > 2 * k_max_label_bytes) return false;
  std::string_view opening = opening_in(text, k_sponsor_openings, languages);
  if (opening.empty()) return false;
  std::string_view key = shape::scratch_key(text);
  if (text.size() <= k_max_label_bytes && shape::key_word_count(key) <= k_max_sponsor_words &&
      key.find_first_of(",;") == std::string_view::npos)
    return true;
  std::string_view rest = shape::skip_opening_marks(text);
  rest = rest.substr(std::min(rest.size(), shape::phrase_at(rest, opening)));
  auto [mark_at, mark_bytes] = shape::first_mark(rest, k_sponsor_pitch_marks);
  if (mark_at == std::string_view::npos) return false;
  std::string_view name = shape::trim(rest.substr(0, mark_at)), pitch = shape::trim(rest.substr(mark_at + mark_bytes));
  std::size_t pitch_words = shape::word_count(pitch);
  if (name.empty() || shape::word_count(name) > k_max_sponsor_name_words || name.find_first_of(",;") != std::string_view::npos ||
      pitch_words == 0 || pitch_words > k_max_sponsor_pitch_words)
    return false;
  return is_sales_pitch(pitch) ||
         (pitch_words <= k_max_sponsor_slogan_words && (!shape::has_digit(pitch) || closes_on_founding_year(pitch))) ||
         shape::key_contains_any(shape::scratch_key(pitch), k_independence_phrases);
}

/// A club's or a site's label for its sponsor, which a colon closes ("Unser Hauptsponsor:",
/// "Our main sponsor:"), lower case, in the six languages.
constexpr std::string_view k_sponsor_labels[] = {
    "sponsor", "our sponsor", "our main sponsor", "main sponsor", "headline sponsor", "official sponsor",
    "hauptsponsor", "unser hauptsponsor", "unser sponsor", "sponsor principal", "notre sponsor",
    "notre partenaire", "partenaire officiel", "patrocinador", "patrocinador principal", "patrocinador oficial",
    "nuestro patrocinador", "sponsor ufficiale", "il nostro sponsor", "main sponsor ufficiale", "o nosso patrocinador",
    "patrocinador oficial", "patrocínio",
};
/// The last three letters of those labels (lower case; "nio" the end of "patrocínio").
constexpr std::string_view k_sponsor_label_endings[] = {"sor", "dor", "ire", "iel", "pal", "ial", "ale", "nio"};
static_assert([] {
  for (std::string_view label : k_sponsor_labels) {
    bool ends = false;
    for (std::string_view ending : k_sponsor_label_endings) ends = ends || label.ends_with(ending);
    if (!ends) return false;
  }
  return true;
}(), "every sponsor label ends on one of k_sponsor_label_endings");
/// A slogan that speaks to the reader opens with their possessive ("Ihr Partner für Mobilität",
/// "Your bank since 1890", "Votre banque de proximité"), in the six languages.
constexpr std::string_view k_reader_possessives[] = {"your", "ihr", "ihre", "dein", "deine", "votre", "ton", "ta",
                                                     "tu", "su", "il tuo", "la tua", "il vostro", "o seu", "a sua",
                                                     "o teu", "a tua"};
/// Such a slogan runs to this many words.
constexpr std::size_t k_max_reader_slogan_words = 8;
/// What sets a labelled sponsor's slogan apart from its name: a spaced dash or a bar.
constexpr std::string_view k_sponsor_slogan_marks[] = {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", " | "};
/// A sponsor's label is a few words.
constexpr std::size_t k_max_sponsor_label_bytes = 24;
/// A word of a name in small letters is a joiner of this many bytes at most ("del", "von", "e").
constexpr std::size_t k_max_name_joiner_bytes = 3;

/// "Unser Hauptsponsor: Autohaus Wimmer, Andorf – Ihr Partner für Mobilität im Innviertel": a
/// sponsor's label (k_sponsor_labels) and its colon, a name (perhaps with its town after a
/// comma), and nothing more or, after a dash or a bar, a slogan to the reader.
bool is_labelled_sponsor(std::string_view text) {
  // The colon first, in the label's bytes (the line is trimmed only when one is there).
  std::size_t colon = text.substr(0, k_max_sponsor_label_bytes + 1).find(':');
  if (colon == std::string_view::npos || colon < 3) return false;
  // Every label ends on one of these three letters, in either case: most labels before a colon
  // ("Photo", "Read more") end otherwise.
  const std::string_view ending = text.substr(colon - 3, 3);
  if (std::none_of(std::begin(k_sponsor_label_endings), std::end(k_sponsor_label_endings),
                   [&](std::string_view known) { return shape::equals_ci(ending, known); }))
    return false;
  char folded[k_max_sponsor_label_bytes + 1];
  if (!shape::is_one_of(shape::lower_ascii_into(shape::trim(text.substr(0, colon)), folded, sizeof folded),
                        k_sponsor_labels))
    return false;
  text = shape::trim(text);
  colon = text.find(':');
  std::string_view rest = shape::trim(text.substr(colon + 1));
  auto [mark_at, mark_bytes] = shape::first_mark(rest, k_sponsor_slogan_marks);
  std::string_view name = shape::trim(rest.substr(0, mark_at));
  // A name opens with a capital; a comma may set its town apart, one word.
  if (name.empty() || !((name[0] >= 'A' && name[0] <= 'Z') || static_cast<unsigned char>(name[0]) >= 0xC3) ||
      shape::word_count(name) > k_max_sponsor_name_words || name.find(';') != std::string_view::npos)
    return false;
  if (std::size_t comma = name.find(','); comma != std::string_view::npos &&
      (name.find(',', comma + 1) != std::string_view::npos || shape::word_count(name.substr(comma + 1)) != 1))
    return false;
  // A name's words are capitalised but for short joiners ("Banco del Austro", "Müller & Söhne"):
  // "Das Autohaus zieht sich zurück" is a headline.
  bool named = true;
  shape::each_word(name, [&](std::string_view word) {
    auto first = static_cast<unsigned char>(word[0]);
    named = (first >= 'A' && first <= 'Z') || first >= 0xC3 || (first >= '0' && first <= '9') || word == "&" ||
            word.size() <= k_max_name_joiner_bytes;
    return named;
  });
  if (!named) return false;
  if (mark_at == std::string_view::npos) return !name.ends_with('.');
  std::string_view slogan = shape::trim(rest.substr(mark_at + mark_bytes));
  char lower[16];
  std::size_t first_end = slogan.find(' ');
  return first_end != std::string_view::npos && shape::word_count(slogan) <= k_max_reader_slogan_words &&
         !shape::has_digit(slogan) &&
         (shape::is_one_of(shape::lower_ascii_into(slogan.substr(0, first_end), lower, sizeof lower), k_reader_possessives) ||
          is_sales_pitch(slogan));
}

/// Calls that close a prompt; a line whose last words are one of these is the prompt's end.
constexpr std::string_view k_closing_calls[] = {"advertise today", "advertise now", "advertise with us"};

/// True when the last sentence of `text` is a closing call ("... Advertise Today.").
bool ends_with_closing_call(std::string_view text) {
  text = shape::without_final_stops(text);
  // Every call ends on 'y', 'w' or 's' ("today", "now", "us"), in either case: most lines do not.
  char last = text.empty() ? '\0' : static_cast<char>(text.back() | 0x20);
  if (last != 'y' && last != 'w' && last != 's') return false;
  for (std::string_view call : k_closing_calls)
    if (shape::ends_with_ci(text, call)) return true;
  return false;
}

/// True when a sentence of `text` after the first opens like a prompt ("... work. Advertise with ...").
bool has_prompt_sentence(std::string_view text, ListLanguages languages) {
  for (std::size_t at = 1; at + 1 < text.size(); ++at) {
    bool sentence_end = (text[at - 1] == '.' || text[at - 1] == '!' || text[at - 1] == '?') && text[at] == ' ';
    if (sentence_end && !opening_in(text.substr(at + 1), k_prompt_openings, languages).empty()) return true;
  }
  return false;
}

bool is_advertise_prompt(std::string_view text, ListLanguages languages) {
  text = shape::trim(text);
  if (!opening_in(text, k_prompt_openings, languages).empty())
    return shape::word_count(text) <= k_max_prompt_words &&
           any_list(languages, k_prompt_call_lists, [&](auto calls) { return shape::contains_any_ci(text, calls); });
  // A prompt may follow a lead-in sentence ("Support local news. Advertise with ..."); then it
  // must also end on its call, so prose that merely mentions advertising stays.
  return ends_with_closing_call(text) && shape::word_count(text) <= k_max_prompt_words &&
         has_prompt_sentence(text, languages);
}

}  // namespace

namespace {

/// The safer-gambling line a betting operator's advert prints, as the gambling regulators of
/// the six languages' countries ask (lower case).
constexpr std::string_view k_safer_gambling_lines[] = {
    "gamble responsibly", "bet responsibly", "play responsibly", "juega con responsabilidad",
    "juega responsablemente", "jugá responsablemente", "jugá con responsabilidad", "apuesta con responsabilidad",
    "apostá con responsabilidad", "spiele verantwortungsbewusst", "spielen sie verantwortungsbewusst",
    "spiel verantwortungsbewusst", "jouez de manière responsable", "jouez responsable",
    "jouer comporte des risques", "gioca responsabilmente", "gioca con responsabilità", "jogue com responsabilidade",
    "aposte com responsabilidade", "jogue responsavelmente",
};
/// What makes such a line an offer: an age limit, its terms, a bonus, a free bet or odds.
constexpr std::string_view k_betting_offer_marks[] = {
    "18+", "+18", "t&c", "bonus", "bono", "bônus", "free bet", "freebet", "odds", "cuotas", "quote",
    "apuesta", "aposta", "wette", "scommess", "pari ",
};
/// The words such an advert ends on: its safer-gambling line's last word, its age limit, or its
/// terms ("T&Cs apply"), lower case. The line's last word is asked first: most lines end on
/// none of them.
constexpr std::string_view k_betting_promo_endings[] = {
    "responsibly", "responsablemente", "responsabilmente", "responsabilidade", "responsavelmente", "responsable",
    "responsabilità", "responsabilidad", "verantwortungsbewusst", "risques", "+18", "18+", "apply", "aplican",
};
/// The advert is a line or two.
constexpr std::size_t k_max_betting_promo_bytes = 300;

/// "⚽ Apostá en vivo al fútbol argentino – Bono de bienvenida de hasta $5.000. Jugá
/// responsablemente. +18": a betting operator's offer closed by its safer-gambling line
/// (k_safer_gambling_lines) with an offer's mark (k_betting_offer_marks) on the line. A report
/// about such lines says who said so, and most lines end on none of those words' stems.
bool is_betting_promo(std::string_view text) {
  text = shape::without_final_stops(shape::trim(text));
  if (text.size() > k_max_betting_promo_bytes) return false;
  if (!shape::last_word_is_one_of(text, k_betting_promo_endings)) return false;
  std::string_view key = shape::scratch_padded(shape::scratch_key(text));
  return shape::key_contains_any(key, k_safer_gambling_lines) && shape::key_contains_any(key, k_betting_offer_marks) &&
         !shape::key_contains_any(key, k_reported_speech);
}

}  // namespace

std::optional<std::string> AdFilter::judge(const Document& doc, std::size_t index) const {
  if (shape::opens_with_inner_quote(doc.blocks[index].text)) return std::nullopt;
  const std::string_view text = without_dropdown_mark(between_dashes(doc.blocks[index].text));
  ListLanguages languages = list_languages(doc);
  // A short line is a label or a network's credit by its key, made once for both (each test
  // is on the key alone, so asking the second early changes nothing).
  bool label = false, network = false, shop = false;
  if (text.size() <= k_max_label_bytes) {
    std::string_view key = shape::scratch_key(text);
    // Most short lines open as no label or button does: the lists are not searched for them.
    const bool may_label = k_label_guard.may_open(text);
    label = may_label && is_one_of(key, k_labels, k_whole_line_languages);
    shop = may_label && !label && is_one_of(key, k_shop_buttons, k_whole_line_languages);
    network = !label && !shop && is_network_credit(key);
  }
  if (label) return "an advertisement label";
  if (shop) return "a shop's button";
  // A deal box's line ends on its button: most lines end on a byte no button ends with.
  unsigned char closing = key_closing(text);
  if (text.size() <= k_max_deal_bytes && (closing == 0 || k_button_closings[closing]) && is_deal_line(text))
    return "a deal box's price and button";
  if (is_arrowed_pitch(text)) return "an advertiser's pitch ending on its link's arrow";
  if (is_promo_code_offer(text)) return "a shop's promotion code";
  if (text.size() <= k_max_label_bytes && may_open_break(text) && holds_break_stem(text) &&
      is_ad_break(shape::scratch_key(text)))
    return "an advertisement break";
  if (may_open_paid_label(text) && is_labelled_paid_line(text))
    return "a line labelled as paid for";
  if (is_ticket_advert(text, languages)) return "an event's ticket advert";
  if (is_job_listing(text)) return "a job listing";
  if (is_classified_ad(text)) return "a classified ad";
  if (is_advertise_prompt(text, languages)) return "an advertise-with-us prompt";
  if (is_sponsor_line(text, languages) || is_labelled_sponsor(text)) return "a sponsor's credit";
  if (is_series_sponsor_credit(text)) return "a sponsor's credit for the site's series";
  if (is_betting_promo(text)) return "a betting operator's offer";
  if (network) return "a recommendation network's credit";
  return std::nullopt;
}

void AdFilter::apply(Document& doc, std::string_view name) const {
  mark_judged_blocks(doc, name, [this](const Document& d, std::size_t i) { return judge(d, i); });
  // The promoted headlines under a sponsored block's label or network credit go with it, up to
  // the first line that is no headline.
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& header = doc.blocks[i];
    if (header.removed_by != name || header.text.size() > k_max_label_bytes) continue;
    std::string_view key = shape::scratch_key(header.text);
    if (!shape::is_one_of(key, k_block_labels) && !is_network_credit(key)) continue;
    std::string reason = "a promoted headline under \"" + std::string(shape::trim(header.text)) + "\"";
    // A headline runs to a few words; a line of fewer is an advertiser's name under one, or a
    // menu's item (a "Paid Content" section in a menu of sections), which ends the list.
    std::vector<std::size_t> headlines;
    std::size_t full = 0;
    bool after_full = false;
    for (std::size_t j = i + 1; j < doc.blocks.size() && headlines.size() < k_max_promoted; ++j) {
      if (!doc.blocks[j].kept()) {
        if (!headlines.empty() && is_closing_credit(doc.blocks[j], name)) break;  // the block's end
        continue;
      }
      if (!is_promoted_headline(doc.blocks[j].text)) break;
      bool is_full = shape::word_count(doc.blocks[j].text) >= k_min_headline_words;
      if (!is_full && !after_full) break;
      after_full = is_full;
      full += is_full;
      headlines.push_back(j);
    }
    if (headlines.empty()) continue;
    // One headline that a sponsor's credit closes, or that pitches to the reader, is the
    // block's whole content, wherever the article resumes. Otherwise one headline is as likely
    // the article's heading as an ad's; and where a paragraph follows the list, its lines may
    // be the article's title and headings.
    bool one_ad = full == 1 && headlines.size() == 1 &&
                  (credit_closes(doc, headlines[0], name) || is_sales_pitch(doc.blocks[headlines[0]].text));
    if (!one_ad && (full < k_min_promoted || paragraph_after(doc, headlines.back()))) continue;
    for (std::size_t j : headlines) mark_removed(doc.blocks[j], name, reason);
  }
}

}  // namespace pith
