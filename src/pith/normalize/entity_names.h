// The named HTML character references pith decodes: HTML 4's set, which is what scraped text holds.
#pragma once

#include <optional>
#include <string_view>

namespace pith {

/// The code point named `name` (without '&' and ';'; case matters), or nullopt.
std::optional<char32_t> entity_code_point(std::string_view name);

}  // namespace pith
