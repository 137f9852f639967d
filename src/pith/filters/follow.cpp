// follow: "Follow us on ..." prompts that point readers at a platform or a handle.
#include "pith/filters/follow.h"

#include "pith/base/line_shape.h"

namespace pith {

namespace {

/// A follow prompt is a short line; longer is prose.
constexpr std::size_t k_max_bytes = 200;
constexpr std::size_t k_max_words = 20;

/// Imperatives a follow prompt opens with (word boundary after each).
constexpr std::string_view k_openings[] = {
    "follow us", "follow", "like us on", "join us on", "connect with us", "find us on", "subscribe to our",
    "síguenos", "sigue a", "siga a", "síganos", "folgen sie uns", "folge uns", "folgen sie", "suivez-nous",
    "suivez", "retrouvez-nous", "siga-nos", "siga o", "siga a", "acompanhe", "seguici", "segui",
    "seguite",
};

/// Platforms a prompt names, as whole words.
constexpr std::string_view k_platforms[] = {
    "twitter", "x", "facebook", "instagram", "tiktok", "youtube", "linkedin", "telegram", "whatsapp",
    "threads", "bluesky", "mastodon", "snapchat", "google news", "flipboard", "social media", "redes sociales",
    "sozialen netzwerken", "réseaux sociaux", "redes sociais", "social",
};

/// The last word of `key` (after any final space).
std::string_view last_word(std::string_view key) {
  std::size_t space = key.rfind(' ');
  return space == std::string_view::npos ? key : key.substr(space + 1);
}

/// A prompt ends on what to follow: a platform, a handle, or a link.
bool ends_on_target(std::string_view key) {
  std::string_view word = last_word(key);
  if (word.starts_with('@') || word.starts_with("http") || word.starts_with("www.")) return true;
  for (std::string_view platform : k_platforms) {
    if (!key.ends_with(platform)) continue;
    std::size_t before = key.size() - platform.size();
    if (before == 0 || key[before - 1] == ' ') return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> FollowFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = doc.blocks[index].text;
  if (text.size() > k_max_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  if (shape::opening_in(text, k_openings).empty()) return std::nullopt;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) <= k_max_words && ends_on_target(key)) return "a follow prompt";
  return std::nullopt;
}

}  // namespace pith
