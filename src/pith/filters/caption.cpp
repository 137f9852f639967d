// caption: a photo's caption, judged by what stands under it (a photo credit another stage took)
// or by the words that point into the picture, in six languages. A caption is one short sentence
// or phrase; an article's paragraph or heading above a credit is told apart by its shape.
#include "pith/filters/caption.h"

#include "pith/base/line_shape.h"
#include "pith/language/word_lists.h"

namespace pith {

namespace {

/// A caption is one sentence or phrase of a few words to a dozen or so; an article's sentence
/// with a credit under it runs longer ("Nach Angaben der Bahn fielen rund 80 Prozent der
/// Fernzüge aus, auch im Regionalverkehr kam es zu erheblichen Einschränkungen.").
constexpr std::size_t k_max_caption_words = 16;
constexpr std::size_t k_max_caption_bytes = 250;
/// A caption without a final stop is a phrase of this many words or more ("Contentores de
/// recolha seletiva no centro da vila"); fewer is as likely the heading of the section the
/// photo opens ("Traders' objections").
constexpr std::size_t k_min_phrase_words = 6;
/// With a final stop, a short sentence will do ("Une maquette du tramway présentée en 2022.").
constexpr std::size_t k_min_sentence_words = 3;

/// The commonest finite verbs, auxiliaries, reporting verbs and clause openers, per language:
/// an article's sentence holds one almost always ("The school has 31 pupils", "I biglietti
/// costano 25 euro", "aseguró que ..."); a caption is most often a phrase without them
/// ("Tourists in the main square last August"). A line that holds one stays.
constexpr std::string_view k_clause_words_en[] = {
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "said", "says", "told",
    "been", "do", "does", "did", "should", "must", "may", "might", "that", "who", "which", "costs", "cost",
};
constexpr std::string_view k_clause_words_de[] = {
    "ist", "sind", "war", "waren", "hat", "haben", "hatte", "hatten", "wird", "werden", "wurde", "wurden", "kann",
    "können", "sagte", "sagt", "dass", "soll", "sollen", "muss", "müssen", "gibt", "kostet", "kosten",
};
constexpr std::string_view k_clause_words_es[] = {
    "es", "son", "era", "eran", "fue", "fueron", "ha", "han", "había", "será", "dijo", "dice", "que", "puede",
    "pueden", "tiene", "tienen", "está", "están", "cuesta", "cuestan", "hay",
};
constexpr std::string_view k_clause_words_fr[] = {
    "est", "sont", "était", "étaient", "a", "ont", "avait", "sera", "fut", "dit", "que", "qui", "peut", "peuvent",
    "doit", "doivent", "fait", "coûte", "coûtent", "y a",
};
constexpr std::string_view k_clause_words_it[] = {
    "è", "sono", "era", "erano", "ha", "hanno", "aveva", "sarà", "detto", "dice", "che", "può", "possono", "deve",
    "devono", "costa", "costano", "fa", "fanno", "c'è",
};
constexpr std::string_view k_clause_words_pt[] = {
    "é", "são", "era", "eram", "foi", "foram", "tem", "têm", "tinha", "será", "disse", "diz", "que", "pode",
    "podem", "deve", "devem", "custa", "custam", "está", "estão", "há",
};
constexpr LanguageWords k_clause_word_lists[] = {
    {ListLanguage::en, k_clause_words_en}, {ListLanguage::es, k_clause_words_es},
    {ListLanguage::de, k_clause_words_de}, {ListLanguage::fr, k_clause_words_fr},
    {ListLanguage::pt, k_clause_words_pt}, {ListLanguage::it, k_clause_words_it},
};

/// Reasons the credit and copyright stages give a photo's credit line (see credit.cpp).
constexpr std::string_view k_credit_reasons[] = {"a photo credit", "a photo or video credit", "a lead image's credit"};
/// The reason the credit stage gives a caption that ends in its credit (see credit.cpp).
constexpr std::string_view k_credited_caption_reason = "a caption ending in its credit";
/// A line of the article's prose has at least this many words: a headline, a standfirst's
/// phrase or a caption has fewer (see CaptionFilter::apply()).
constexpr std::size_t k_min_prose_words = 25;
/// Lines of prose that show the article has begun: one could be a banner a later stage takes.
constexpr std::size_t k_min_prose_lines = 2;

/// A caption that points into its picture is shorter than the one-sentence paragraphs some
/// sites write about the people in their photos ("Smith (left) was arrested after ...").
constexpr std::size_t k_max_pointing_words = 20;
/// Words in brackets that point at a place in the picture ("(left)", "(Mitte)", "(à droite)").
constexpr std::string_view k_position_marks[] = {
    "(left)", "(right)", "(centre)", "(center)", "(from left)", "(left to right)", "(links)", "(rechts)",
    "(mitte)", "(v.l.)", "(v. l.)", "(von links)",
    "(izquierda)", "(derecha)", "(centro)", "(a la izquierda)", "(a la derecha)", "(de izquierda a derecha)",
    "(à gauche)", "(à droite)", "(au centre)", "(de gauche à droite)",
    "(a sinistra)", "(a destra)", "(al centro)", "(da sinistra)",
    "(à esquerda)", "(à direita)", "(ao centro)", "(da esquerda para a direita)",
};

/// Openings of a caption that names what the picture shows ("Pictured: ...", "Im Bild: ...").
/// A colon must follow.
constexpr std::string_view k_picture_openings[] = {
    "pictured", "in the picture", "above", "top", "im bild", "auf dem bild", "unser bild", "en la imagen",
    "en la foto", "en la fotografía", "sur la photo", "sur l'image", "ci-dessus", "nella foto", "nell'immagine",
    "in foto", "na foto", "na imagem", "na fotografia",
};

/// True when `text` is shaped as a caption: one sentence or phrase, k_min_* words up to
/// k_max_caption_words, not a question, a lead-in, a quote or a list's item.
bool is_caption_shaped(std::string_view text) {
  text = shape::trim(text);
  if (text.empty() || text.size() > k_max_caption_bytes) return false;
  std::size_t words = shape::word_count(text);
  if (words > k_max_caption_words) return false;
  char last = text.back();
  if (last == ':' || last == ',' || last == ';' || last == '?' || last == '!' || last == '"' ||
      text.ends_with("\xE2\x80\x9D") || text.ends_with("\xC2\xBB"))
    return false;
  // A quote or a list's item opens otherwise than a caption.
  auto first = static_cast<unsigned char>(text[0]);
  if (first == '"' || first == '\'' || first == '-' || first == '*' || (first >= '0' && first <= '9') ||
      text.starts_with("\xE2\x80\x9C") || text.starts_with("\xC2\xAB") || text.starts_with("\xE2\x80\x9E") ||
      text.starts_with("\xE2\x80\xA2"))
    return false;
  // Two sentences are a paragraph.
  std::string_view body = last == '.' ? text.substr(0, text.size() - 1) : text;
  if (body.find(". ") != std::string_view::npos || body.find("? ") != std::string_view::npos ||
      body.find("! ") != std::string_view::npos)
    return false;
  return words >= (last == '.' ? k_min_sentence_words : k_min_phrase_words);
}

/// True when block `block` is a caption with its credit that the credit stage took.
bool is_credited_caption(const Block& block) {
  return block.removed_by == "credit" && block.reason == k_credited_caption_reason;
}

/// True when block `block` is a photo's credit line another stage took.
bool is_photo_credit(const Block& block) {
  if (block.removed_by == "credit") return shape::is_one_of(block.reason, k_credit_reasons);
  // "© imago/Eibner": an agency and a photographer after a copyright sign, no year.
  if (block.removed_by != "copyright") return false;
  std::string_view text = shape::trim(block.text);
  return text.size() <= 60 && text.find('/') != std::string_view::npos &&
         text.find_first_of("0123456789") == std::string_view::npos;
}

/// True when `text` points into its picture: a position in brackets, or "Pictured:".
bool points_into_picture(std::string_view text) {
  std::string_view opening = shape::opening_in(text, k_picture_openings);
  if (!opening.empty()) {
    std::string_view rest = shape::skip_opening_marks(text);
    rest = shape::trim(rest.substr(shape::phrase_at(rest, opening)));
    if (rest.starts_with(':')) return true;
  }
  if (text.find('(') == std::string_view::npos) return false;
  std::string lower = shape::lower_ascii(text);
  for (std::string_view mark : k_position_marks)
    if (lower.find(mark) != std::string::npos) return true;
  return false;
}

}  // namespace

void CaptionFilter::apply(Document& doc, std::string_view name) const {
  std::size_t first = next_kept(doc, 0);
  ListLanguages languages = list_languages(doc);
  auto may_judge = [&](std::size_t i) {
    const Block& block = doc.blocks[i];
    if (!block.kept() || i == first || block.kind == BlockKind::heading || block.kind == BlockKind::table_row ||
        block.kind == BlockKind::list_item || block.kind == BlockKind::quote)
      return false;
    return !(m_keep_captions && block.kind == BlockKind::caption);
  };
  // A headline over a caption with its credit is a teaser's, once the article's prose has begun
  // (k_min_prose_lines); before it, it is the article's own headline over its lead photo (lines
  // a later stage takes, a breadcrumb or a banner, may still stand above it, so "first" alone
  // would not tell).
  std::size_t prose_lines = 0;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    prefetch_text(doc, i + k_prefetch_blocks);
    if (i > 0 && prose_lines < k_min_prose_lines && doc.blocks[i - 1].kept() &&
        shape::word_count(doc.blocks[i - 1].text) >= k_min_prose_words)
      ++prose_lines;
    const bool prose_seen = prose_lines >= k_min_prose_lines;
    if (!may_judge(i)) continue;
    const std::string& text = doc.blocks[i].text;
    // Most lines have no credit under them, no bracket and no colon: two memchr rule them out.
    bool over_credit = i + 1 < doc.blocks.size() && (is_photo_credit(doc.blocks[i + 1]) ||
                                                     (prose_seen && is_credited_caption(doc.blocks[i + 1])));
    if (!over_credit && (text.size() > k_max_caption_bytes ||
                         (text.find('(') == std::string::npos && text.find(':') == std::string::npos)))
      continue;
    if (!is_caption_shaped(text)) continue;
    if (over_credit && !key_contains_any_words(shape::scratch_key(text), k_clause_word_lists, languages))
      mark_removed(doc.blocks[i], name, "a photo's caption, over its credit");
    else if (shape::word_count(text) <= k_max_pointing_words && points_into_picture(text))
      mark_removed(doc.blocks[i], name, "a photo's caption, pointing into the picture");
  }
}

}  // namespace pith
