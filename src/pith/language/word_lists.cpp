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
  std::string primary = primary_language_subtag(meta.language);
  for (ListLanguage language : k_list_languages)
    if (primary == language_tag(language))
      return ListLanguages::only(language) | ListLanguages::only(ListLanguage::en);
  return ListLanguages::all();
}

}  // namespace pith
