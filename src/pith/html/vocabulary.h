// Vocabularies the extractor judges elements by: class/id/role tokens and tag sets, as data.
#pragma once

#include <gumbo.h>

#include <functional>
#include <string>
#include <string_view>

namespace pith::html {

/// What an element's class, id and role tokens say about it.
enum class Verdict {
  neutral,
  boilerplate,  ///< never article text: share bars, related links, ads, cookie banners...
  comments,     ///< a comment section: dropped unless the user keeps comments
  caption,      ///< a figure caption or credit line
};

/// Judges an element by the tokens of its class, id and role attributes.
Verdict verdict_by_attributes(const GumboElement& element);

/// True when the element's class, id or role name a consent box (cookie banner, consent
/// platform): furniture that no layout wraps an article in.
bool names_consent_box(const GumboElement& element);

/// The class/id/role token that decided verdict_by_attributes(), for reasons; empty when neutral.
std::string verdict_token(const GumboElement& element);

/// Calls `visit` with each lower-cased token of the element's class, id and role attributes,
/// split as verdict_by_attributes splits them (at spaces, '-', '_' and camelCase).
void visit_attribute_tokens(const GumboElement& element, const std::function<void(std::string_view)>& visit);

/// A weight in [-1, 1]: positive when the tokens look like the article body
/// ("article", "content", "story", "post-body"), negative when they look like page furniture.
int class_weight(const GumboElement& element);

/// Elements whose content is never article text, whatever their attributes say. (<aside> and
/// <noscript> are not among them: some pages put the article there; they are page regions.)
bool is_never_content_tag(GumboTag tag);

/// True when the element starts a block of text rather than flowing inside one.
bool is_block_tag(GumboTag tag);

/// Elements that style words inside a sentence (<a>, <span>, <em>, <time>...).
bool is_phrasing_tag(GumboTag tag);

/// A social-media embed: a tweet, an Instagram or TikTok post, a video iframe.
bool is_social_embed(const GumboElement& element);

/// True when the element is hidden by `hidden`, `aria-hidden="true"` or inline display:none.
bool is_hidden(const GumboElement& element);

/// True when the element marks the article explicitly: <article>, <main>, role="main",
/// itemprop="articleBody" or schema.org's itemprop="mainContentOfPage".
bool is_article_marker(const GumboElement& element);

/// The value of attribute `name`, or an empty view.
std::string_view attribute(const GumboElement& element, const char* name);

}  // namespace pith::html
