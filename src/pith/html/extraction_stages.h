// The named stages of HTML extraction: each marks the page blocks it drops with its name.
#pragma once

#include <span>
#include <string_view>

namespace pith::html {

/// One stage of extraction, as --explain, JSON `removed` and the docs name it.
struct ExtractionStage {
  std::string_view name;
  std::string_view summary;
};

/// Stage names, in the order the stages run. A block keeps the name of the first stage that
/// dropped it.
namespace stage {
inline constexpr std::string_view k_non_content = "non-content";
inline constexpr std::string_view k_hidden = "hidden";
inline constexpr std::string_view k_navigation = "navigation";
inline constexpr std::string_view k_social_embed = "social-embed";
inline constexpr std::string_view k_page_region = "page-region";
inline constexpr std::string_view k_boilerplate_class = "boilerplate-class";
inline constexpr std::string_view k_comment = "comment";
inline constexpr std::string_view k_caption = "caption";
inline constexpr std::string_view k_header_meta = "header-meta";
inline constexpr std::string_view k_outside_main_content = "outside-main-content";
inline constexpr std::string_view k_duplicate = "duplicate";
inline constexpr std::string_view k_dropped_kind = "dropped-kind";
inline constexpr std::string_view k_link_dense = "link-dense";
inline constexpr std::string_view k_headline = "headline";
inline constexpr std::string_view k_orphan_heading = "orphan-heading";
inline constexpr std::string_view k_json_ld_body = "json-ld-body";
}  // namespace stage

/// Every extraction stage with a one-line summary, in pipeline order.
std::span<const ExtractionStage> extraction_stages();

}  // namespace pith::html
