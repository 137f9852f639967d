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

/// Feed footers a blog engine appends to every syndicated post: "The post X appeared first
/// on Y." (WordPress SEO plugins, in their own translations) and "X is a post from: Y".
constexpr std::string_view k_feed_footer_openings[] = {
    "the post", "this post", "la entrada", "el artículo", "der beitrag", "der artikel", "l'article",
    "l\xE2\x80\x99" "article", "o post", "a publicação", "l'articolo", "l\xE2\x80\x99" "articolo",
};
constexpr std::string_view k_feed_footer_phrases[] = {
    " appeared first on ", " se publicó primero en ", " apareció primero en ", " erschien zuerst auf ",
    " ist zuerst erschienen auf ", " est apparu en premier sur ", " apareceu primeiro em ",
    " foi publicado primeiro em ", " proviene da ", " è apparso per la prima volta su ",
};
constexpr std::string_view k_post_from = " is a post from";
/// The site a feed footer names is a few words.
constexpr std::size_t k_max_site_words = 8;
/// A feed footer names a post and a site: a line, not a paragraph.
constexpr std::size_t k_max_footer_words = 45;

/// Notices that a piece came from a contributing site ("This article has been contributed by
/// X. Visit ..."): a line of a few words.
constexpr std::string_view k_contributed_openings[] = {
    "this article has been contributed by", "this article was contributed by", "this post was contributed by",
    "this story was contributed by", "contributed by", "este artículo fue cedido por", "dieser beitrag wurde von",
    "cet article nous a été proposé par", "este artigo foi cedido por", "questo articolo è stato fornito da",
};
constexpr std::size_t k_max_contributed_words = 30;

/// Stems of the footer phrases, for a cheap look at the raw line.
constexpr std::string_view k_footer_stems[] = {"first on", "primero en", "zuerst", "en premier", "primeiro em",
                                               "proviene da", "prima volta", "a post from"};

bool is_feed_footer(std::string_view text, std::string_view key) {
  if (shape::key_word_count(key) > k_max_footer_words) return false;
  if (!shape::opening_in(text, k_feed_footer_openings).empty()) {
    // "The post <title> appeared first on <site>.": a title of two words or more, then a
    // site's name and nothing else.
    for (std::string_view phrase : k_feed_footer_phrases) {
      std::size_t at = key.find(phrase);
      if (at == std::string_view::npos) continue;
      std::string_view site = key.substr(at + phrase.size());
      return shape::key_word_count(key.substr(0, at)) >= 3 && shape::key_word_count(site) <= k_max_site_words &&
             site.find(',') == std::string_view::npos;
    }
  }
  // "X is a post from: Y" has no final stop, and X is a title of a few words at least.
  std::size_t from = key.find(k_post_from);
  return from != std::string_view::npos && shape::key_word_count(key.substr(0, from)) >= 2 &&
         !shape::trim(text).ends_with('.');
}

/// "Contributed by X" alone must name the site's address; the longer openings speak of the
/// piece itself.
bool is_contribution_notice(std::string_view text, std::string_view key) {
  if (shape::key_word_count(key) > k_max_contributed_words) return false;
  if (!shape::opening_in(text, k_contributed_openings).starts_with("contributed")) return true;
  return key.find("www.") != std::string_view::npos || key.find("http") != std::string_view::npos ||
         key.find(".com") != std::string_view::npos || key.find(".org") != std::string_view::npos;
}

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
  bool footer = shape::contains_stem_ci(text, k_footer_stems);
  bool contributed = !shape::opening_in(text, k_contributed_openings).empty();
  if (!syndication && !footer && !contributed && !may_speak_of_views(text)) return std::nullopt;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_words) return std::nullopt;
  if (syndication) return "a syndication notice";
  if (footer && is_feed_footer(text, key)) return "a feed footer naming where the post first ran";
  if (contributed && is_contribution_notice(text, key)) return "a syndication notice";
  if (is_views_disclaimer(key)) return "a views disclaimer";
  return std::nullopt;
}

}  // namespace pith
