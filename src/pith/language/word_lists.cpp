// list_languages(): the document's identified language, when reliable, picks one language's lists.
#include "pith/language/word_lists.h"

#include "pith/language/identify.h"

namespace pith {

std::string_view language_tag(ListLanguage language) {
  switch (language) {
    case ListLanguage::en: return "en";
    case ListLanguage::de: return "de";
    case ListLanguage::es: return "es";
    case ListLanguage::fr: return "fr";
    case ListLanguage::it: return "it";
    case ListLanguage::pt: return "pt";
  }
  return "en";
}

ListLanguages list_languages(const Document& doc) {
  const Metadata& meta = doc.meta;
  if (!meta.language_score || *meta.language_score < k_reliable_language_score) return ListLanguages::all();
  // The primary subtag, as primary_language_subtag() reads it, without building a string: two
  // letters, then the end or a subtag separator ("pt", "pt-BR", "PT_br").
  std::string_view tag = meta.language;
  if (tag.size() < 2 || (tag.size() > 2 && tag[2] != '-' && tag[2] != '_')) return ListLanguages::all();
  const char primary[2] = {static_cast<char>(tag[0] | 0x20), static_cast<char>(tag[1] | 0x20)};
  for (ListLanguage language : k_list_languages)
    if (std::string_view(primary, 2) == language_tag(language))
      return ListLanguages::only(language) | ListLanguages::only(ListLanguage::en);
  return ListLanguages::all();
}

}  // namespace pith
