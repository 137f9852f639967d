// The HTML parser: a page's bytes become the Blocks of its main content plus its metadata.
#pragma once

#include <string>
#include <string_view>

#include "pith/config.h"
#include "pith/document.h"
#include "pith/html/markup_sniff.h"

namespace pith {

/// Decodes `bytes` (any charset), finds the main content and appends its blocks to `doc`,
/// filling `doc.meta`. False with `err` only when the page cannot be processed at all.
bool parse_html(std::string_view bytes, const Config& config, Document& doc, std::string* err);

/// Whether the prescan leaves out the markup no stage reads (html::PrescanOptions::drop_unread).
enum class UnreadMarkup { dropped, kept };

/// parse_html() with the prescan's unread markup dropped (what parse_html() does) or kept: the
/// two must give the same Document, which html_prescan_identity_test checks.
bool parse_html(std::string_view bytes, const Config& config, Document& doc, std::string* err, UnreadMarkup unread);

}  // namespace pith
