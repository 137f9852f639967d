// The last extraction stages, over the blocks of the main content once it is chosen.
#pragma once

#include "pith/config.h"
#include "pith/document.h"
#include "pith/html/page_model.h"

namespace pith::html {

/// Marks, among the still-kept blocks: lists and tables the user dropped (`dropped-kind`) and
/// captions (`caption`); blocks that are mostly link text (`link-dense`), but for a one-line
/// paragraph of prose with at most two links, a table row with a cell free of links, and all of
/// them when the main content is a list of links; a long block repeating one just above it
/// (`duplicate`); and the first block that repeats the title or the page's <h1> (`headline`).
void mark_main_content(PageModel& model, const Config& config, const Metadata& meta);

/// Marks headings (not ending in a full stop) and short lines ending in a colon after which,
/// up to the next heading or the end of the page, nothing is kept but something was dropped by
/// the link-dense, boilerplate or dropped-kind stage (`orphan-heading`): "Related posts",
/// "About the author", "Read more:".
void mark_orphan_labels(PageModel& model);

}  // namespace pith::html
