// The boilerplate stage's data files, compiled in (see src/pith/model/embed_data.cmake).
#pragma once

#include <string_view>

namespace pith::boilerplate_data {

/// The shipped model, src/pith/model/boilerplate.model, as text.
std::string_view model_text();

/// The stop-word list of `language` (en, de, es, fr, it, pt), src/pith/model/stopwords/LANG.txt,
/// as text: '#' comment lines, then words separated by white space. Empty for other languages.
std::string_view stop_word_list(std::string_view language);

/// The languages that have a stop-word list, in the order the features count them.
inline constexpr std::string_view k_languages[] = {"en", "de", "es", "fr", "it", "pt"};

}  // namespace pith::boilerplate_data
