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
constexpr shape::Phrases k_feed_footer_openings{{
    "the post", "this post", "la entrada", "el artículo", "der beitrag", "der artikel", "l'article",
    "l\xE2\x80\x99" "article", "o post", "a publicação", "l'articolo", "l\xE2\x80\x99" "articolo",
}};
constexpr std::string_view k_feed_footer_phrases[] = {
    " appeared first on ", " se publicó primero en ", " apareció primero en ", " erschien zuerst auf ",
    " ist zuerst erschienen auf ", " est apparu en premier sur ", " apareceu primeiro em ",
    " foi publicado primeiro em ", " proviene da ", " è apparso per la prima volta su ",
};
constexpr std::string_view k_post_from = " is a post from";
constexpr shape::Needles k_post_from_needle{{"post from"}};
/// The site a feed footer names is a few words.
constexpr std::size_t k_max_site_words = 8;
/// A feed footer names a post and a site: a line, not a paragraph.
constexpr std::size_t k_max_footer_words = 45;

/// Notices that a piece came from a contributing site ("This article has been contributed by
/// X. Visit ..."): a line of a few words.
constexpr shape::Phrases k_contributed_openings{{
    "this article has been contributed by", "this article was contributed by", "this post was contributed by",
    "this story was contributed by", "contributed by", "este artículo fue cedido por", "dieser beitrag wurde von",
    "cet article nous a été proposé par", "este artigo foi cedido por", "questo articolo è stato fornito da",
}};
constexpr std::size_t k_max_contributed_words = 30;
/// Feed attributions with a name and nothing else ("Delivered by The Morning Ledger").
constexpr shape::Phrases k_delivered_openings{{
    "delivered by", "powered by", "brought to you by", "syndicated by", "syndicated from",
}};
constexpr std::size_t k_max_delivered_words = 8;

/// Affiliate disclosures: the site earns a commission on what readers buy through its links.
constexpr std::string_view k_affiliate_phrases[] = {
    "small commission", "earn a commission", "earns a commission", "receive a commission",
    "receives a commission", "earn a small commission", "affiliate link", "affiliate links", "amazon associate",
    "affiliate commission", "comisión de afiliado", "enlaces de afiliado", "enlaces de afiliados",
    "recibimos una comisión", "erhalten eine provision", "erhalten wir eine provision", "affiliate-links",
    "partnerlinks", "provisionslinks", "liens affiliés", "liens d'affiliation", "touchons une commission",
    "links de afiliado", "links de afiliados", "links afiliados", "recebemos uma comissão",
    "link di affiliazione", "link affiliati", "riceviamo una commissione",
};
/// ... said by the site about its own links: the voice of the writer or the piece.
constexpr std::string_view k_affiliate_voice[] = {
    " i ", " we ", " my ", " our ", "this post", "this article", "this page", "you ", "nuestros", "nosotros",
    "este artículo", " wir ", " unsere", "dieser artikel", "diesem artikel", " nous ", " nos ", "cet article",
    " nós ", " nossos", "este artigo", " noi ", " nostri", "questo articolo",
};
constexpr std::size_t k_max_affiliate_words = 60;
/// A feed footer or an affiliate disclosure fits in this many bytes.
constexpr std::size_t k_max_short_notice_bytes = 400;
/// Stems of the affiliate phrases, for a cheap look.
/// (Without their first letter, which a sentence may capitalise, so a plain find will do:
/// these checks run on every line.)
constexpr shape::Needles k_affiliate_stems{{"fili", "mmission", "omisión", "omissão", "rovision", "nerlink", "mazon"}};


/// "Delivered by The Morning Ledger": an opening, then a name in title case and nothing else.
bool is_delivered_by(std::string_view text, std::string_view key) {
  std::string_view opening = shape::opening_in(text, k_delivered_openings);
  if (opening.empty() || shape::key_word_count(key) > k_max_delivered_words) return false;
  std::string_view rest = shape::skip_opening_marks(text);
  rest = shape::trim(rest.substr(shape::phrase_at(rest, opening)));
  if (rest.empty() || rest.find_first_of(",;:!?") != std::string_view::npos) return false;
  char first = rest[0];
  return (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9');
}

bool is_affiliate_disclosure(std::string_view key) {
  if (shape::key_word_count(key) > k_max_affiliate_words || !shape::key_contains_any(key, k_affiliate_phrases))
    return false;
  return shape::key_contains_any(shape::scratch_padded(key), k_affiliate_voice);
}

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
  // Footers and disclosures are a line or two: longer lines need not be searched for them.
  bool short_line = text.size() <= k_max_short_notice_bytes;
  bool footer = !shape::opening_in(text, k_feed_footer_openings).empty() ||
                (short_line && shape::contains_any(text, k_post_from_needle));
  bool contributed = !shape::opening_in(text, k_contributed_openings).empty();
  bool delivered = !contributed && !shape::opening_in(text, k_delivered_openings).empty();
  bool affiliate = short_line && shape::contains_any(text, k_affiliate_stems);
  if (!syndication && !footer && !contributed && !delivered && !affiliate && !may_speak_of_views(text))
    return std::nullopt;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_words) return std::nullopt;
  if (syndication) return "a syndication notice";
  if (footer && is_feed_footer(text, key)) return "a feed footer naming where the post first ran";
  if (contributed && is_contribution_notice(text, key)) return "a syndication notice";
  if (delivered && is_delivered_by(text, key)) return "a feed's attribution";
  if (affiliate && is_affiliate_disclosure(key)) return "an affiliate disclosure";
  if (is_views_disclaimer(key)) return "a views disclaimer";
  return std::nullopt;
}

}  // namespace pith
