// copyright: copyright, rights-reserved and licence notices of wires and sites, and footer credits.
#include "pith/filters/copyright.h"

#include <algorithm>

#include "pith/base/line_pairs.h"
#include "pith/base/line_shape.h"
#include "pith/filters/opening_pairs.h"
#include "pith/language/word_lists.h"

namespace pith {

namespace {

/// Agency notices run to three or four sentences; longer is an article paragraph.
constexpr std::size_t k_max_bytes = 600;
constexpr std::size_t k_max_words = 80;
/// "All rights reserved" with a name before it is a short line.
constexpr std::size_t k_max_reserved_words = 25;
constexpr std::size_t k_max_reserved_bytes = 250;

/// The copyright mark (shape::k_copyright_sign, named short here, where every test asks it); a
/// notice may open with it, with "(c)" or with the word.
constexpr std::string_view k_mark = shape::k_copyright_sign;
/// ("(c)" and the English word in every language; German sites may write the German word; a
/// free site may write "Copyleft" where others write "Copyright", with the year after it as well.)
constexpr std::string_view k_word_openings[] = {"copyright", "(c)", "urheberrecht", "copyleft"};

/// Rights phrases; any one makes a short line a notice.
constexpr std::string_view k_rights_phrases_en[] = {
    "all rights reserved", "may not be published, broadcast, rewritten or redistributed", "may not be reproduced",
    "without permission is prohibited",
};
constexpr std::string_view k_rights_phrases_es[] = {
    "todos los derechos reservados", "prohibida su reproducción", "prohibida la reproducción",
};
constexpr std::string_view k_rights_phrases_de[] = {
    "alle rechte vorbehalten",
};
constexpr std::string_view k_rights_phrases_fr[] = {
    "tous droits réservés", "toute reproduction interdite", "droits de reproduction réservés",
};
constexpr std::string_view k_rights_phrases_pt[] = {
    "todos os direitos reservados", "proibida a reprodução",
};
constexpr std::string_view k_rights_phrases_it[] = {
    "tutti i diritti riservati", "riproduzione riservata", "vietata la riproduzione",
};
constexpr LanguageWords k_rights_phrase_lists[] = {
    {ListLanguage::en, k_rights_phrases_en}, {ListLanguage::es, k_rights_phrases_es},
    {ListLanguage::de, k_rights_phrases_de}, {ListLanguage::fr, k_rights_phrases_fr},
    {ListLanguage::pt, k_rights_phrases_pt}, {ListLanguage::it, k_rights_phrases_it},
};

/// Rights phrases that make a notice only as a whole line or its close ("Ouest Info -
/// Reproduction interdite"): inside a sentence they are prose ("La reproduction interdite de
/// ces œuvres a été sanctionnée"). Any of the six languages.
constexpr std::string_view k_closing_rights_phrases[] = {
    "reproduction interdite", "reproducción prohibida", "reprodução proibida", "reprodução interdita",
    "riproduzione vietata", "nachdruck verboten",
    // With the spreading forbidden too, and in English.
    "reproduction et diffusion interdites", "reproduction et diffusion interdite", "reproduction prohibited",
    "reproduction strictly prohibited", "reproducción y distribución prohibidas", "vervielfältigung verboten",
    "weiterverbreitung verboten", "riproduzione e diffusione vietate", "reprodução e distribuição proibidas",
};

/// Rights phrases that forbid copying without the owner's leave, a notice only where they open
/// the line or a part of it set apart by a mark ("Ouest Info – Reproduction interdite sans
/// autorisation – Mentions légales"): after a word they are prose ("Den Nachdruck nur mit
/// Genehmigung zu erlauben, beschloss der Rat"). Any of the six languages.
constexpr std::string_view k_unauthorised_copy_phrases[] = {
    "reproduction without permission prohibited", "reproducción prohibida sin autorización",
    "nachdruck nur mit genehmigung",
    "reproduction interdite sans autorisation", "reprodução proibida sem autorização",
    "reprodução interdita sem autorização", "riproduzione vietata senza autorizzazione",
};

/// The marks beyond ASCII that set a line's parts apart: the en and em dashes, the middle dot,
/// the bullet and the sign itself.
constexpr std::string_view k_part_marks[] = {"\xE2\x80\x93", "\xE2\x80\x94", "\xC2\xB7", "\xE2\x80\xA2", k_mark};

/// True when a phrase of k_unauthorised_copy_phrases opens `key` or a part of it: what stands
/// before it, a space aside, is an ASCII mark or one of k_part_marks.
bool opens_part_on_unauthorised_copy(std::string_view key) {
  for (std::string_view phrase : k_unauthorised_copy_phrases)
    for (std::size_t at = key.find(phrase); at != std::string_view::npos; at = key.find(phrase, at + 1)) {
      std::string_view before = key.substr(0, at);
      if (before.ends_with(' ')) before.remove_suffix(1);
      if (before.empty()) return true;
      auto last = static_cast<unsigned char>(before.back());
      if (last < 0x80 ? !shape::is_word_byte(before.back())
                      : std::any_of(std::begin(k_part_marks), std::end(k_part_marks),
                                    [&](std::string_view mark) { return before.ends_with(mark); }))
        return true;
    }
  return false;
}

/// True when `key` is, or closes on, one of k_closing_rights_phrases (a final stop aside).
bool closes_on_rights_phrase(std::string_view key) {
  while (!key.empty() && (key.back() == '.' || key.back() == ' ')) key.remove_suffix(1);
  for (std::string_view phrase : k_closing_rights_phrases)
    if (key.ends_with(phrase) &&
        (key.size() == phrase.size() || !shape::is_word_byte(key[key.size() - phrase.size() - 1])))
      return true;
  return false;
}

/// `text` without a leading mark or word opening; unchanged when it has none.
std::string_view after_opening(std::string_view text) {
  if (text.starts_with(k_mark)) return shape::trim(text.substr(k_mark.size()));
  std::string_view opening = shape::word_prefix_in(text, k_word_openings);
  return opening.empty() ? text : shape::trim(text.substr(opening.size()));
}

/// A copyright owner's name after the mark: a few words, no sentence.
constexpr std::size_t k_max_owner_words = 8;

/// A word before a '.' of at most this many bytes is an abbreviation ("Co.", "Inc", "S.L."), not
/// a sentence's end.
constexpr std::size_t k_max_abbreviation_bytes = 3;

/// True when `text` holds no ';', '!' or '?' and no '.' that ends a sentence: a '.' followed by
/// a space after a word longer than an abbreviation ("Harbour Media Ltd." and "Ediciones Sur,
/// S.L." are names; "Powered by X. Valid HTML" is not).
bool is_one_name_phrase(std::string_view text) {
  if (text.find_first_of(";!?") != std::string_view::npos) return false;
  for (std::size_t dot = text.find('.'); dot != std::string_view::npos; dot = text.find('.', dot + 1)) {
    if (dot + 1 >= text.size() || text[dot + 1] != ' ') continue;
    std::size_t start = text.find_last_of(" ,", dot);
    start = start == std::string_view::npos ? 0 : start + 1;
    if (dot - start > k_max_abbreviation_bytes) return false;
  }
  return true;
}

/// True when `rest` (what follows the mark) is an owner's name: a few words, no sentence.
bool is_owner_name(std::string_view rest) {
  rest = shape::trim(rest);
  return !rest.empty() && shape::key_word_count(rest) <= k_max_owner_words && is_one_name_phrase(rest);
}

/// "© ...", or "Copyright 2024 ..." / "(c) 2021 ...": the word forms need the year right after
/// them (past any mark), so "Copyright law was overhauled in 2019" stays.
/// Stems every rights phrase holds, for one cheap pass before the phrase-by-phrase search.
constexpr std::string_view k_rights_stems[] = {"reserv", "réserv", "riservat", "vorbehalt", "reprodu", "riprodu",
                                                "redistribut", "without permission", "nachdruck"};
constexpr shape::PairSet k_rights_stem_pairs{k_rights_stems};

bool has_rights_phrase(std::string_view key, ListLanguages languages) {
  return shape::contains_stem_ci(key, k_rights_stems) &&
         key_contains_any(key, k_rights_phrase_lists, languages);
}

/// Leave to republish, as a site grants it ("We encourage you to share and republish our
/// reports", "This content may be freely reproduced ... with attribution"): a permission
/// phrase, and the site speaking of its own content.
constexpr std::string_view k_permission_phrases_en[] = {
    "share and republish", "republish our", "free to republish", "may be freely reproduced",
    "may be reproduced in full", "may be republished", "freely reproduced", "with full attribution",
    "with attribution to",
};
constexpr std::string_view k_permission_phrases_es[] = {
    "puede reproducirse", "se permite la reproducción", "libre reproducción",
};
constexpr std::string_view k_permission_phrases_de[] = {"darf frei", "weiterverbreitung ist erlaubt"};
constexpr std::string_view k_permission_phrases_fr[] = {"reproduction autorisée", "libre de reproduire"};
constexpr std::string_view k_permission_phrases_pt[] = {"pode ser reproduzido", "reprodução permitida"};
constexpr std::string_view k_permission_phrases_it[] = {"può essere riprodotto", "riproduzione consentita"};
constexpr LanguageWords k_permission_phrase_lists[] = {
    {ListLanguage::en, k_permission_phrases_en}, {ListLanguage::es, k_permission_phrases_es},
    {ListLanguage::de, k_permission_phrases_de}, {ListLanguage::fr, k_permission_phrases_fr},
    {ListLanguage::pt, k_permission_phrases_pt}, {ListLanguage::it, k_permission_phrases_it},
};
constexpr std::string_view k_own_content_en[] = {
    "this content", "this article", "our reports", "our articles", "our content", "we encourage", "you may",
};
constexpr std::string_view k_own_content_es[] = {"este contenido", "este artículo", "nuestros"};
constexpr std::string_view k_own_content_de[] = {"dieser inhalt", "dieser artikel", "unsere"};
constexpr std::string_view k_own_content_fr[] = {"ce contenu", "cet article", "nos articles"};
constexpr std::string_view k_own_content_pt[] = {"este conteúdo", "este artigo", "nossos"};
constexpr std::string_view k_own_content_it[] = {"questo contenuto", "questo articolo", "i nostri"};
constexpr LanguageWords k_own_content_lists[] = {
    {ListLanguage::en, k_own_content_en}, {ListLanguage::es, k_own_content_es}, {ListLanguage::de, k_own_content_de},
    {ListLanguage::fr, k_own_content_fr}, {ListLanguage::pt, k_own_content_pt}, {ListLanguage::it, k_own_content_it},
};
/// Pieces of k_permission_phrases without a first letter a sentence may capitalise, for a
/// plain find on every short line.
constexpr shape::Needles k_permission_fragments{{"publish", "prod", "ttribution", "darf frei", "verbreitung"}};
constexpr shape::PairSet k_permission_fragment_pairs{k_permission_fragments.needles};

bool is_permission_notice(std::string_view key, ListLanguages languages) {
  return key_contains_any(key, k_permission_phrase_lists, languages) &&
         key_contains_any(key, k_own_content_lists, languages);
}

/// A site's statement of the licence its own content is under ("Unless otherwise stated, the
/// content of this page is licensed under Creative Commons Attribution-ShareAlike 3.0 License"):
/// one short footer sentence or two, never an article's paragraph.
constexpr std::size_t k_max_licence_bytes = 300;
constexpr std::size_t k_max_licence_words = 50;

/// Stems one of which every licence name below holds, for one cheap pass over a short line.
constexpr std::string_view k_licence_stems[] = {"creative", "cc-by", "cc by", "cc0", "gfdl", "documentation",
                                                 "dokumentation", "domain dedication"};
constexpr shape::PairSet k_licence_stem_pairs{k_licence_stems};
/// Content licences by name, as a key holds them (any language: the names are the licences').
/// Software licences (GPL, Apache, MIT) are left out: a line naming one is as often the
/// subject of a software page as its footer.
constexpr std::string_view k_licence_names[] = {
    "creative commons", "creative-commons", "creativecommons", "cc-by", "cc by", "cc0", "gfdl",
    "gnu free documentation", "gnu-lizenz für freie dokumentation", "gnu-lizenz", "public domain dedication",
};
static_assert(std::size(k_licence_stems) <= 8, "contains_any_stem_ci's one-pass bound");

/// The statement's verb: the content is (made) available under, published under, stands under
/// the licence; present-tense forms and participles, as a footer words it.
constexpr std::string_view k_licensed_under_en[] = {
    "licensed under", "licenced under", "is available under", "are available under", "is published under",
    "are published under", "is distributed under", "are distributed under", "is released under",
    "are released under", "made available under", "is licensed", "are licensed", "is licenced", "are licenced",
};
constexpr std::string_view k_licensed_under_de[] = {
    "steht unter", "stehen unter", "steht grundsätzlich unter", "stehen grundsätzlich unter", "stehen, soweit",
    "steht, soweit", "stehen, sofern", "steht, sofern", "lizenziert", "lizensiert", "veröffentlicht unter",
    "verfügbar unter", "unterliegt", "unterliegen", "ist unter einer", "sind unter einer",
};
constexpr std::string_view k_licensed_under_fr[] = {
    "sous licence", "sous la licence", "sous une licence", "sous les termes", "mis à disposition selon",
    "mise à disposition selon", "mis à disposition sous", "mise à disposition sous", "est disponible sous",
    "sont disponibles sous", "publié sous", "publiés sous", "publiée sous", "diffusé sous", "diffusés sous",
    "distribué sous", "placé sous", "placés sous", "est sous", "sont sous",
};
constexpr std::string_view k_licensed_under_es[] = {
    "está bajo", "están bajo", "bajo licencia", "bajo una licencia", "bajo la licencia", "bajo los términos",
    "publicado bajo", "publicados bajo", "disponible bajo", "disponibles bajo", "licenciado bajo",
    "licenciados bajo", "distribuido bajo", "se distribuye bajo", "se publica bajo",
};
constexpr std::string_view k_licensed_under_it[] = {
    "con licenza", "sotto licenza", "sotto una licenza", "sotto la licenza", "pubblicato sotto",
    "pubblicati sotto", "disponibile sotto", "disponibili sotto", "è distribuito", "sono distribuiti",
    "è rilasciato", "sono rilasciati", "è pubblicato", "sono pubblicati",
};
constexpr std::string_view k_licensed_under_pt[] = {
    "licenciado sob", "licenciados sob", "licenciada sob", "licenciadas sob", "está sob", "estão sob",
    "sob licença", "sob a licença", "sob uma licença", "disponível sob", "disponíveis sob", "publicado sob",
    "publicados sob", "distribuído sob",
};
constexpr LanguageWords k_licensed_under_lists[] = {
    {ListLanguage::en, k_licensed_under_en}, {ListLanguage::es, k_licensed_under_es},
    {ListLanguage::de, k_licensed_under_de}, {ListLanguage::fr, k_licensed_under_fr},
    {ListLanguage::pt, k_licensed_under_pt}, {ListLanguage::it, k_licensed_under_it},
};

/// The site speaking of its own content: this page, site, blog, work or text; all content; or
/// the footer's own reservation ("unless otherwise noted").
constexpr std::string_view k_licence_voice_en[] = {
    "this page", "this site", "this website", "this blog", "this work", "this article", "this post", "this text",
    "this content", "our content", "all content", "content on this", "unless otherwise", "except where otherwise",
};
constexpr std::string_view k_licence_voice_de[] = {
    "diese seite", "dieser seite", "dieser webseite", "dieser website", "dieses blogs", "diesem blog",
    "dieses werk", "dieser text", "diese texte", "alle inhalte", "alle beiträge", "alle artikel", "inhalt dieser",
    "inhalte dieser", "textuellen inhalte", "soweit nicht anders", "sofern nicht anders", "wenn nicht anders",
    "falls nicht anders",
};
constexpr std::string_view k_licence_voice_fr[] = {
    "ce site", "cette page", "ce blog", "cette œuvre", "ce contenu", "cet article", "ce texte", "tous les contenus",
    "l'ensemble des contenus", "sauf mention contraire", "sauf indication contraire",
};
constexpr std::string_view k_licence_voice_es[] = {
    "este sitio", "esta página", "este blog", "esta obra", "este contenido", "este artículo", "este texto",
    "todos los contenidos", "el contenido de", "salvo que se indique", "salvo indicación", "a menos que se indique",
};
constexpr std::string_view k_licence_voice_it[] = {
    "questo sito", "questa pagina", "questo blog", "quest'opera", "questo contenuto", "questo articolo",
    "questo testo", "tutti i contenuti", "salvo diversa indicazione", "ove non diversamente", "salvo dove",
};
constexpr std::string_view k_licence_voice_pt[] = {
    "este site", "esta página", "este blog", "esta obra", "este conteúdo", "este artigo", "este texto",
    "todo o conteúdo", "todos os conteúdos", "salvo indicação", "exceto quando", "exceto onde",
};
constexpr LanguageWords k_licence_voice_lists[] = {
    {ListLanguage::en, k_licence_voice_en}, {ListLanguage::es, k_licence_voice_es},
    {ListLanguage::de, k_licence_voice_de}, {ListLanguage::fr, k_licence_voice_fr},
    {ListLanguage::pt, k_licence_voice_pt}, {ListLanguage::it, k_licence_voice_it},
};

/// The licence named as its deed names it, with its terms, code or version ("Attribution-
/// ShareAlike 3.0", "Namensnennung 4.0 International", "CC BY-NC-ND"): the licence chooser's
/// words, which a footer pastes whole ("Python Insider by the Core Developers is licensed under
/// ...") and an article's sentence about licensing rarely spells out.
constexpr std::string_view k_licence_terms[] = {
    "attribution", "sharealike", "share alike", "share-alike", "noncommercial", "non-commercial", "noderiv",
    "namensnennung", "weitergabe unter gleichen", "keine bearbeitung", "nicht kommerziell", "nichtkommerziell",
    "keine kommerzielle", "paternité", "pas d'utilisation commerciale", "partage dans les mêmes",
    "pas de modification", "reconocimiento", "atribución", "compartirigual", "compartir igual", "nocomercial",
    "no comercial", "sin obra derivada", "sinobraderivada", "attribuzione", "condividi allo stesso modo",
    "non commerciale", "non opere derivate", "atribuição", "compartilhaigual", "compartilha igual",
    "não comercial", "sem derivações", "by-sa", "by-nc", "by-nd", "cc by", "cc-by", "cc0", "unported",
    "free documentation", "freie dokumentation", " 2.0", " 2.5", " 3.0", " 4.0",
};

/// Reporting verbs of the six languages: "The photos were released under a Creative Commons
/// licence, the museum said" reports a licence. (word_lists' k_reported_speech holds " selon",
/// which the French notice's "mis à disposition selon" holds too.)
constexpr std::string_view k_licence_reporting[] = {
    " said", " says", " sagte", " sagt ", " erklärte", " dijo", " explicó", " a déclaré", " a dit",
    " ha detto", " ha spiegato", " disse", " afirmou",
};

/// The licence badge's caption on a line of its own ("Creative Commons License", "Creative
/// Commons Lizenzvertrag"), in any of the six languages.
constexpr std::string_view k_licence_labels[] = {
    "creative commons license", "creative commons licence", "creative commons lizenzvertrag",
    "creative commons lizenz", "creative-commons-lizenz", "licence creative commons", "licencia creative commons",
    "licenza creative commons", "licença creative commons",
};

/// True when `key` (a short line's) states the licence of the site's own content: a content
/// licence by name, the verb, and the site's voice or the licence's terms; not reported speech.
bool is_licence_notice(std::string_view key, ListLanguages languages) {
  if (shape::is_one_of(key, k_licence_labels)) return true;
  return shape::key_contains_any(key, k_licence_names) && key_contains_any(key, k_licensed_under_lists, languages) &&
         (key_contains_any(key, k_licence_voice_lists, languages) || shape::key_contains_any(key, k_licence_terms)) &&
         !shape::key_contains_any(key, k_licence_reporting);
}

/// A site footer's credit row ("Proudly powered by WordPress", "Powered by WordPress. Theme by
/// Press Customizr.", "Stolz präsentiert von WordPress", "Valid (X)HTML 5"): every part of the
/// line is a credit of a few words, and one names the site's software, theme or validity badge
/// (a lone "Powered by X" is the ad filter's sponsor credit).
constexpr std::size_t k_max_credit_bytes = 160;
/// A credit's opening and a name of a few words ("Theme by Press Customizr").
constexpr std::size_t k_max_credit_part_words = 8;
/// Openings only a site's software credit has, in the six languages (the WordPress and Blogger
/// footers' own wordings: a footer in the page's language or in the platform's).
constexpr std::string_view k_software_credits_en[] = {
    "proudly powered by", "theme by", "theme:", "blog at wordpress.com", "valid (x)html", "valid xhtml",
    "valid html", "valid css",
};
constexpr std::string_view k_software_credits_de[] = {
    "stolz präsentiert von", "bloggen auf wordpress.com", "theme von", "erstellt mit wordpress",
    "betrieben mit wordpress", "bereitgestellt von blogger",
};
constexpr std::string_view k_software_credits_fr[] = {
    "fièrement propulsé par", "propulsé par wordpress", "thème par", "un blog wordpress.com", "fourni par blogger",
};
constexpr std::string_view k_software_credits_es[] = {
    "funciona gracias a wordpress", "creado con wordpress", "blog de wordpress.com", "con la tecnología de blogger",
};
constexpr std::string_view k_software_credits_it[] = {
    "orgogliosamente powered by", "creato con wordpress", "un blog wordpress.com", "realizzato con wordpress",
};
constexpr std::string_view k_software_credits_pt[] = {
    "orgulhosamente mantido com wordpress", "orgulhosamente desenvolvido com wordpress",
    "desenvolvido com wordpress", "blog no wordpress.com", "site no wordpress.com",
};
constexpr LanguageWords k_software_credit_lists[] = {
    {ListLanguage::en, k_software_credits_en}, {ListLanguage::es, k_software_credits_es},
    {ListLanguage::de, k_software_credits_de}, {ListLanguage::fr, k_software_credits_fr},
    {ListLanguage::pt, k_software_credits_pt}, {ListLanguage::it, k_software_credits_it},
};
constexpr LanguagePhrases<total_words(k_software_credit_lists)> k_software_credits{k_software_credit_lists};
/// Stems one of which every software credit holds, for one cheap pass over a short line.
constexpr std::string_view k_software_credit_stems[] = {"powered", "theme", "thème", "valid",
                                                         "wordpress", "blogger", "propuls", "präsentiert"};
static_assert(stems_cover(k_software_credit_lists, k_software_credit_stems));
constexpr shape::PairSet k_software_credit_stem_pairs{k_software_credit_stems};
/// Credits the row may hold beside a software credit: the site's host, maker or designer.
constexpr std::string_view k_other_credits_en[] = {"powered by", "design by", "designed by", "hosted by",
                                                   "built with", "website by", "site by"};
constexpr std::string_view k_other_credits_de[] = {"design von", "entworfen mit", "gehostet von", "umsetzung"};
constexpr std::string_view k_other_credits_fr[] = {"propulsé par", "design par", "conçu par", "hébergé par"};
constexpr std::string_view k_other_credits_es[] = {"diseño por", "diseñado por", "alojado por"};
constexpr std::string_view k_other_credits_it[] = {"design di", "realizzato da", "hosting di"};
constexpr std::string_view k_other_credits_pt[] = {"design por", "desenvolvido por", "hospedado por"};
constexpr LanguageWords k_other_credit_lists[] = {
    {ListLanguage::en, k_other_credits_en}, {ListLanguage::es, k_other_credits_es},
    {ListLanguage::de, k_other_credits_de}, {ListLanguage::fr, k_other_credits_fr},
    {ListLanguage::pt, k_other_credits_pt}, {ListLanguage::it, k_other_credits_it},
};
constexpr LanguagePhrases<total_words(k_other_credit_lists)> k_other_credits{k_other_credit_lists};

/// What splits a footer's credit row: a bar, a bullet, a middle dot, a sentence's stop.
constexpr std::string_view k_credit_row_separators[] = {"|", "•", "·", ". "};

/// True when `text` (a short line) is a footer's credit row: split at '|', '•', '·' and
/// sentence stops, every part opens with a credit and runs to a few words without a comma, and
/// one part is a software credit. Every language: the row is the whole line, as a label is.
bool is_credit_row(std::string_view text) {
  bool software = false;
  while (!text.empty()) {
    auto [cut, width] = shape::first_mark(text, k_credit_row_separators);
    if (cut == std::string_view::npos) cut = text.size();
    std::string_view part = shape::trim(text.substr(0, cut));
    text = cut == text.size() ? std::string_view{} : text.substr(cut + width);
    while (!part.empty() && part.back() == '.') part.remove_suffix(1);
    if (part.empty()) continue;
    // A name holds no comma: "Theme by theme, the report lists ..." is a sentence.
    if (shape::word_count(part) > k_max_credit_part_words || part.find(',') != std::string_view::npos) return false;
    if (!opening_in(part, k_software_credits, k_whole_line_languages).empty()) {
      software = true;
      continue;
    }
    if (opening_in(part, k_other_credits, k_whole_line_languages).empty()) return false;
  }
  return software;
}

/// An owner's name before a closing mark is a few words ("Jornal do Norte © 2026").
constexpr std::size_t k_max_name_before_mark_words = 6;

/// "Jornal do Norte © 2026", "Harbour Daily ©": a name, then the mark and a year or nothing.
/// "The © sign was added in 1952" stays: a word follows the mark.
bool is_name_then_mark(std::string_view key) {
  std::size_t mark = key.find(k_mark);
  if (mark == std::string_view::npos || mark == 0) return false;
  std::string_view before = shape::trim(key.substr(0, mark));
  std::string_view after = shape::trim(key.substr(mark + k_mark.size()));
  while (!after.empty() && (after.back() == '.' || after.back() == ',')) after.remove_suffix(1);
  bool year_or_nothing = after.empty() || (after.size() == 4 && shape::has_year(after)) ||
                         (after.size() == 9 && after[4] == '-' && shape::has_year(after.substr(0, 4)));
  return year_or_nothing && !before.empty() && is_owner_name(before) &&
         shape::key_word_count(before) <= k_max_name_before_mark_words;
}

/// Labels that may stand before the mark, naming what it covers ("Content © Millbrook Gazette
/// 2020", "Inhalte © ..."), compared with the key's words before the mark.
constexpr std::string_view k_covered_labels[] = {
    "content", "all content", "site content", "text", "texts", "text and images", "text and photos", "material",
    "all material", "inhalt", "inhalte", "texte", "contenu", "contenus", "contenido", "contenidos", "textos",
    "conteúdo", "conteúdos", "contenuto", "contenuti", "testi",
    // "All" of them ("Alle Texte © ...", "Tous les textes © ...").
    "all texts", "alle texte", "alle inhalte", "tous les textes", "tous les contenus", "todos los textos",
    "todos los contenidos", "todos os textos", "todos os conteúdos", "tutti i testi", "tutti i contenuti",
};

/// "Content © Millbrook Gazette 2020. Notices are published as supplied ...": a label of what
/// the mark covers, the mark, then an owner or a year closing the first sentence.
bool is_label_then_mark(std::string_view key) {
  std::size_t mark = key.find(k_mark);
  if (mark == std::string_view::npos || mark == 0) return false;
  if (!shape::is_one_of(shape::trim(key.substr(0, mark)), k_covered_labels)) return false;
  std::string_view after = shape::trim(key.substr(mark + k_mark.size()));
  after = after.substr(0, std::min(after.find(". "), after.size()));
  while (!after.empty() && (after.back() == '.' || after.back() == ',')) after.remove_suffix(1);
  return !after.empty() && (shape::has_year(after) || is_owner_name(after));
}

/// Stems of the terms of reuse an owner sets after the mark ("Weiterverwendung nur mit
/// Quellenangabe", "testi e immagini riproducibili citando la fonte", "reproduction permitted
/// with attribution"), keyed, in the six languages.
constexpr std::string_view k_reuse_stems[] = {
    "reprodu", "riprodu", "weiterverwend", "verwendung", "nachdruck", "quellenangabe", "citando la fonte",
    "citando la fuente", "citando a fonte", "citant la source", "with attribution", "source", "quelle",
    "permission", "genehmigung", "autoriza", "autoriz", "autoris", "copy", "copie", "copia", "kopie",
};
/// What ends the owner's name before the terms: a stop, a spaced dash, a bar.
constexpr std::string_view k_owner_ends[] = {". ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ", " | "};
/// The terms are a clause or two.
constexpr std::size_t k_max_reuse_terms_words = 16;

/// "© Landesrundfunk Steiermark. Weiterverwendung nur mit Quellenangabe.", "© Comune di
/// Brenzago – testi e immagini riproducibili citando la fonte": the mark, an owner's name
/// (is_owner_name()) up to a stop, a spaced dash or a bar, then the terms of reuse in a few
/// words (a stem of k_reuse_stems). `key` opens with the mark. "© Jane Roe – The harbour at
/// dawn" is a caption's credit (the credit stage's), no notice of terms.
bool is_owner_then_terms(std::string_view key) {
  std::string_view rest = key.substr(k_mark.size());
  auto [cut, width] = shape::first_mark(rest, k_owner_ends);
  if (cut == std::string_view::npos || !is_owner_name(rest.substr(0, cut))) return false;
  std::string_view terms = rest.substr(cut + width);
  return shape::key_word_count(terms) <= k_max_reuse_terms_words && shape::key_contains_any(terms, k_reuse_stems);
}

bool opens_as_notice(std::string_view key, bool rights) {
  if (key.starts_with(k_mark))
    return rights || shape::has_year(key) || is_owner_name(key.substr(k_mark.size())) || is_owner_then_terms(key);
  std::string_view rest = after_opening(key);
  if (rest.size() == key.size()) return false;
  // "Copyright © Lakeside Herald": the mark after the word names the owner, year or not.
  if (rest.starts_with(k_mark) && is_owner_name(rest.substr(k_mark.size()))) return true;
  rest = after_opening(rest);
  return rest.size() >= 4 && shape::has_year(rest.substr(0, 4)) && (rest.size() == 4 || !shape::is_word_byte(rest[4]));
}

}  // namespace

std::optional<std::string> CopyrightFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = doc.blocks[index].text;
  if (text.size() > k_max_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  // Only a line opening as a notice may be long; others are keyed only when short.
  bool opening = shape::skip_opening_marks(text).starts_with(k_mark) ||
                 !shape::opening_in(text, k_word_openings).empty();
  // The line's pair signature rules out the word lists searched for anywhere in it.
  const shape::LinePairs& pairs = shape::line_pairs(text);
  bool permission = text.size() <= k_max_reserved_bytes &&
                    shape::contains_any(text, k_permission_fragments, k_permission_fragment_pairs, pairs);
  bool closing_mark = !opening && text.size() <= k_max_reserved_bytes && text.find(k_mark) != std::string_view::npos;
  // The pair signature first: most lines hold no pair of any stem's (a case-insensitive
  // search then finds none either: the signature folds ASCII case).
  bool licence = text.size() <= k_max_licence_bytes && k_licence_stem_pairs.may_hold_any(pairs) &&
                 shape::contains_stem_ci(text, k_licence_stems);
  if (text.size() <= k_max_credit_bytes && k_software_credit_stem_pairs.may_hold_any(pairs) &&
      shape::contains_stem_ci(text, k_software_credit_stems) && is_credit_row(text))
    return "a site footer's credits";
  if (!opening && !permission && !closing_mark && !licence &&
      (text.size() > k_max_reserved_bytes || !k_rights_stem_pairs.may_hold_any(pairs) ||
       !shape::contains_stem_ci(text, k_rights_stems)))
    return std::nullopt;
  std::string_view key = shape::scratch_key(text);
  std::size_t words = shape::key_word_count(key);
  if (words > k_max_words) return std::nullopt;
  ListLanguages languages = list_languages(doc);
  bool rights = has_rights_phrase(key, languages);
  if (opening && opens_as_notice(key, rights)) return "a copyright notice";
  if (closing_mark && (is_name_then_mark(key) || is_label_then_mark(key))) return "a copyright notice";
  if ((rights || closes_on_rights_phrase(key) || opens_part_on_unauthorised_copy(key)) && words <= k_max_reserved_words) return "a rights-reserved notice";
  if (permission && words <= k_max_reserved_words + 5 && is_permission_notice(key, languages))
    return "a republishing notice";
  if (licence && words <= k_max_licence_words && is_licence_notice(key, languages)) return "a content licence notice";
  return std::nullopt;
}

}  // namespace pith
