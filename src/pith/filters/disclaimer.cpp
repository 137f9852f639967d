// disclaimer: "the views expressed are the author's" notes and syndication notices.
#include "pith/filters/disclaimer.h"

#include "pith/base/line_shape.h"

namespace pith {

namespace {

/// Disclaimers are a sentence or two; an article paragraph is longer.
constexpr std::size_t k_max_bytes = 600;
constexpr std::size_t k_max_words = 70;

/// The views-disclaimer: the line must say whose views (k_views_subjects) AND disown them
/// (k_views_disowning), and point at the piece or its writer (k_self_references) — an article
/// sentence about someone else's disclaimer names neither the author nor "here".
constexpr std::string_view k_views_subjects[] = {
    "views", "opinions", "opiniones", "opinión", "meinung", "opinions exprimées", "opinião",
    "opiniões", "opinioni", "opinione",
};
constexpr std::string_view k_views_disowning[] = {
    "does not always share", "does not necessarily share", "do not necessarily reflect",
    "does not necessarily reflect", "not necessarily those of", "does not endorse", "do not represent",
    "are those of the author", "are solely those of", "are their own", "are his own", "are her own",
    "just those of", "only those of",
    "no refleja necesariamente", "no reflejan necesariamente", "no comparte",
    "son responsabilidad exclusiva", "son de exclusiva responsabilidad",
    "nicht unbedingt", "nicht notwendigerweise", "nicht zwingend", "gibt nicht die meinung",
    "liegt allein bei", "n'engagent que", "ne reflètent pas nécessairement", "ne partage pas",
    "não refletem necessariamente", "não reflete necessariamente", "são de responsabilidade", "non riflettono necessariamente", "non riflette necessariamente",
    "non rappresentano",
};
constexpr std::string_view k_self_references[] = {
    "author", "writer", "contributor", "columnist", "expressed here", "in this article", "this article",
    "this column", "this site", "this website", "autor", "autora", "auteur", "autore", "autrice",
    "verfasser", "columnista", "colunista", "editorialista", "de quien firma", "del firmante",
};

/// Syndication notices: where the piece first ran, and leave to run it again.
constexpr std::string_view k_origin_openings[] = {
    "this story was originally published", "this article was originally published",
    "this story originally appeared", "this article originally appeared", "this story first appeared",
    "this article first appeared", "this story was first published", "this article was first published",
    "this piece was originally published", "republished with permission",
    "reprinted with permission", "este artículo fue publicado originalmente",
    "este artículo se publicó originalmente", "publicado originalmente en",
    "dieser artikel erschien zuerst", "dieser beitrag erschien zuerst", "dieser artikel erschien ursprünglich",
    "cet article a été initialement publié", "cet article a été publié initialement",
    "cet article a d'abord été publié", "article publié initialement",
    "este artigo foi publicado originalmente", "este texto foi publicado originalmente",
    "publicado originalmente no", "publicado originalmente na",
    "questo articolo è stato pubblicato originariamente", "questo articolo è apparso originariamente",
    "articolo pubblicato originariamente",
};

bool is_views_disclaimer(std::string_view text) {
  return shape::key_contains_any(text, k_views_subjects) && shape::key_contains_any(text, k_views_disowning) &&
         shape::key_contains_any(text, k_self_references);
}

bool is_syndication_notice(std::string_view text) {
  return !shape::opening_in(text, k_origin_openings).empty();
}

/// Stems of k_views_subjects, for a cheap look at the raw line before keying it.
constexpr std::string_view k_views_stems[] = {"view", "pini", "meinung"};

bool may_speak_of_views(std::string_view text) { return shape::contains_stem_ci(text, k_views_stems); }

}  // namespace

std::optional<std::string> DisclaimerFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = doc.blocks[index].text;
  if (text.size() > k_max_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  // The key drops a stray opening quote or dash a dump may leave before the notice.
  bool syndication = is_syndication_notice(text);
  if (!syndication && !may_speak_of_views(text)) return std::nullopt;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_words) return std::nullopt;
  if (syndication) return "a syndication notice";
  if (is_views_disclaimer(key)) return "a views disclaimer";
  return std::nullopt;
}

}  // namespace pith
