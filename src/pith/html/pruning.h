// Pruning by name: furniture the class/id/role vocabularies recognise, dropped with its subtree.
#pragma once

#include "pith/config.h"
#include "pith/html/page_model.h"

namespace pith::html {

/// Prunes elements whose attributes (or header/footer/form tags) name furniture, then totals
/// kept text per element. The ancestors of the paragraph-richest container are spared: a
/// "content-with-sidebar" wrapper is layout, not a sidebar. Comment sections are kept as the
/// content when the page has no article prose outside them (a forum thread, a live ticker);
/// else they are pruned, whatever `config.keep_comments` asks, so they never compete with the
/// article for the main content.
void prune_by_verdicts(PageModel& model, const Config& config);

/// With comments kept by request: after the main content is chosen, un-prunes the comment
/// sections prune_by_verdicts pruned (furniture inside them still goes) and totals the text again.
void restore_comment_sections(PageModel& model, const Config& config);

}  // namespace pith::html
