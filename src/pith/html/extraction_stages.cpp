// The table of extraction stages: names and summaries for --explain readers and the docs.
#include "pith/html/extraction_stages.h"

namespace pith::html {

namespace {
constexpr ExtractionStage k_stages[] = {
    {stage::k_non_content, "elements that never hold article text: form controls, buttons, players, SVG"},
    {stage::k_hidden, "elements hidden by `hidden`, aria-hidden=\"true\" or an inline display:none"},
    {stage::k_navigation, "<nav> and <menu> elements"},
    {stage::k_social_embed, "embedded posts and players: tweets, Instagram and TikTok posts, video frames"},
    {stage::k_page_region, "the page's <header>, <footer>, <aside>, <noscript> and <form> elements, unless they hold the article"},
    {stage::k_boilerplate_class,
     "elements whose class, id or role names furniture: share bars, related links, ads, consent boxes, sidebars"},
    {stage::k_comment,
     "comment sections (kept with --keep comments, or when the page has no article beside them: a forum thread)"},
    {stage::k_caption, "figure captions and photo credits (kept with --keep captions)"},
    {stage::k_header_meta, "lines of an article's own <header> that are not its headings or lead: bylines, dates, labels"},
    {stage::k_outside_main_content, "text outside the containers chosen as the main content"},
    {stage::k_duplicate, "a long block of the main content repeating one just above it (a layout's second copy)"},
    {stage::k_dropped_kind, "lists or tables of the main content dropped with --drop lists or --drop tables"},
    {stage::k_link_dense, "blocks of the main content that are mostly link text"},
    {stage::k_headline, "the headline, which is metadata (`title`) rather than body text"},
    {stage::k_orphan_heading,
     "headings and \"Read more:\" lines whose section was dropped: \"Related posts\", \"About the author\""},
    {stage::k_json_ld_body, "the extraction, replaced by the page's JSON-LD articleBody when that holds far more text"},
};
}  // namespace

std::span<const ExtractionStage> extraction_stages() { return k_stages; }

}  // namespace pith::html
