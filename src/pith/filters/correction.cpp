// correction: a site's prompt to report an error in the piece ("See an error in this article?
// Send us a correction", "Fehler gefunden?", "Segnala un errore"), and its notes that the piece
// was updated or corrected ("This story has been updated ...", "Correction: An earlier version
// ...", "Artigo corrigido às 12h10: ..."), in six languages.
#include "pith/filters/correction.h"

#include "pith/base/line_shape.h"
#include "pith/filters/reader_prompt.h"
#include "pith/language/word_lists.h"

namespace pith {

namespace {

/// A prompt is a line or two; longer is prose.
constexpr std::size_t k_max_bytes = 240;
constexpr std::size_t k_max_words = 30;
/// A bare call ("Report an error") needs nothing more when it is this short.
constexpr std::size_t k_max_bare_call_words = 6;

/// Questions that open a prompt; a '?' must follow on the line.
constexpr std::string_view k_questions_en[] = {
    "see an error", "saw an error", "spot an error", "spotted an error", "found an error", "notice an error",
    "noticed an error", "see a mistake", "spot a mistake", "spotted a mistake", "found a mistake", "see a typo",
    "spot a typo", "spotted a typo", "found a typo", "did we get something wrong", "did we make a mistake",
    "have a correction", "see something wrong",
    // The question as asked in full, the way the other languages' lists hold it.
    "did you spot an error", "did you spot a mistake", "did you spot a typo", "did you see an error",
    "did you see a mistake", "did you find an error", "did you find a mistake", "did you notice an error",
    "did you notice a mistake", "have you spotted an error", "have you spotted a mistake", "have you found an error",
    "notice a mistake", "noticed a mistake",
};
constexpr std::string_view k_questions_es[] = {
    "has visto un error", "viste un error", "encontraste un error", "has encontrado un error",
    "has detectado un error", "detectaste un error", "ha visto un error", "ha encontrado un error",
    // Usted's past and "any error" ("¿Encontró un error?", "¿Viste algún error?").
    "encontró un error", "encontró algún error", "encontraste algún error", "vio un error", "vio algún error",
    "viste algún error", "detectó un error", "notó un error", "notaste un error",
};
constexpr std::string_view k_questions_de[] = {
    "fehler gefunden", "fehler entdeckt", "haben sie einen fehler", "ist ihnen ein fehler", "fehler bemerkt",
    "einen fehler bemerkt", "fehler im text gefunden", "fehler im artikel gefunden", "fehler im text entdeckt",
    "fehler im artikel entdeckt", "fehler im beitrag gefunden", "fehler gesehen", "einen fehler gesehen",
};
constexpr std::string_view k_questions_fr[] = {
    "vous avez repéré une erreur", "vous avez vu une erreur", "vous avez trouvé une erreur",
    "vous avez remarqué une erreur", "une erreur", "une coquille", "vous avez repéré une faute",
    "vous avez vu une faute", "vous avez trouvé une faute", "une faute",
};
constexpr std::string_view k_questions_pt[] = {
    "encontrou um erro", "viu um erro", "achou um erro", "notou um erro", "encontrou algum erro",
    "viu algum erro", "achou algum erro", "notou algum erro",
    // An error named as wrong information ("Encontrou alguma informação incorrecta nesta página?").
    "encontrou alguma informação incorrecta", "encontrou alguma informação incorreta",
    "encontrou uma informação incorrecta", "encontrou uma informação incorreta",
};
constexpr std::string_view k_questions_it[] = {
    "hai trovato un errore", "hai notato un errore", "hai visto un errore", "hai trovato un refuso",
    "hai trovato qualche errore", "hai notato qualche errore", "avete trovato un errore",
};
constexpr LanguageWords k_question_lists[] = {
    {ListLanguage::en, k_questions_en}, {ListLanguage::es, k_questions_es}, {ListLanguage::de, k_questions_de},
    {ListLanguage::fr, k_questions_fr}, {ListLanguage::pt, k_questions_pt}, {ListLanguage::it, k_questions_it},
};
constexpr LanguagePhrases<total_words(k_question_lists)> k_questions{k_question_lists};

/// Calls that open a prompt.
constexpr std::string_view k_calls_en[] = {
    "send us a correction", "report an error", "report a correction", "report a typo", "report a mistake",
    "submit a correction", "suggest a correction", "request a correction", "to report an error",
    "to report a correction", "to report a typo", "to submit a correction", "to request a correction",
};
constexpr std::string_view k_calls_es[] = {
    "informar de un error", "informa de un error", "reportar un error", "reporta un error", "comunicar un error",
    "notificar un error", "envíanos una corrección",
};
constexpr std::string_view k_calls_de[] = {"fehler melden", "melden sie einen fehler", "einen fehler melden"};
constexpr std::string_view k_calls_fr[] = {"signaler une erreur", "signalez une erreur", "signalez-nous une erreur"};
constexpr std::string_view k_calls_pt[] = {
    "reportar erro", "reportar um erro", "comunicar erro", "comunique um erro", "informar erro",
};
constexpr std::string_view k_calls_it[] = {
    "segnala un errore", "segnalaci un errore", "segnala un refuso", "segnalaci una correzione",
};
constexpr LanguageWords k_call_lists[] = {
    {ListLanguage::en, k_calls_en}, {ListLanguage::es, k_calls_es}, {ListLanguage::de, k_calls_de},
    {ListLanguage::fr, k_calls_fr}, {ListLanguage::pt, k_calls_pt}, {ListLanguage::it, k_calls_it},
};
constexpr LanguagePhrases<total_words(k_call_lists)> k_calls{k_call_lists};

/// What a call is addressed to: the site, the piece, or a correction desk. Without one a
/// longer line is advice ("Report an error on your tax return within 30 days"). An address
/// ('@', "email") is one in every language.
constexpr std::string_view k_addressees_shared[] = {"@", "email", "e-mail"};
constexpr std::string_view k_addressees_en[] = {
    " us", "this article", "this story", "this page", "this piece", "correction",
};
constexpr std::string_view k_addressees_es[] = {
    " nos", "este artículo", "esta noticia", "correcci", "redacción",
};
constexpr std::string_view k_addressees_de[] = {
    "uns", "diesem artikel", "diesem beitrag", "korrektur", "redaktion",
};
constexpr std::string_view k_addressees_fr[] = {
    " nous", " nos", "-nous", "cet article", "correction", "rectific", "rédaction",
};
constexpr std::string_view k_addressees_pt[] = {
    " nos", "este artigo", "esta notícia", "correç", "rectific", "redação",
};
constexpr std::string_view k_addressees_it[] = {
    " ci ", "questo articolo", "correzion", "rettific", "redazione",
};
constexpr LanguageWords k_addressee_lists[] = {
    {ListLanguage::en, k_addressees_en}, {ListLanguage::es, k_addressees_es}, {ListLanguage::de, k_addressees_de},
    {ListLanguage::fr, k_addressees_fr}, {ListLanguage::pt, k_addressees_pt}, {ListLanguage::it, k_addressees_it},
};

/// Nouns of an error in a piece, in the six languages (keyed, whole words; "something wrong" as
/// one), for a question of any wording ("Spotted something wrong in this story?").
constexpr std::string_view k_error_nouns[] = {
    "error", "errors", "mistake", "mistakes", "typo", "typos", "inaccuracy", "something wrong", "fehler",
    "erreur", "erreurs", "faute", "coquille", "errores", "erro", "erros", "errore", "errori", "refuso",
    // "Something's not right", as each language says it ("Qualcosa non torna in questo articolo?").
    "not right", "non torna", "non va", "stimmt etwas nicht", "stimmt nicht", "cloche", "no cuadra", "algo mal",
    "algo errado", "algo de errado",
};
/// The piece such a question may name, in the six languages (keyed).
constexpr std::string_view k_piece_words[] = {
    " story", " article", " piece", " text", " artikel", " beitrag", " artículo", " nota", " noticia", " artigo",
    " matéria", " notícia", " articolo", "'articolo", " pezzo", " notizia",
};
/// Such a question is short, and opens the line within this many bytes.
constexpr std::size_t k_max_error_question_words = 12;
constexpr std::size_t k_max_error_question_bytes = 80;

/// "Spotted something wrong in this story? Let us know at corrections@...": a short question
/// that names an error (k_error_nouns) opening the line, then a call with an address, or
/// addressed to the site (k_addressee_lists) after a question that names the piece
/// (k_piece_words). "Was it a mistake? Critics told us it was deliberate." names no piece.
bool is_error_question(std::string_view text, ListLanguages languages) {
  if (text.size() > k_max_bytes) return false;
  std::size_t asked = text.substr(0, k_max_error_question_bytes).find('?');
  if (asked == std::string_view::npos || asked + 1 >= text.size()) return false;
  std::string padded(1, ' ');
  padded.append(shape::key(text.substr(0, asked))).push_back(' ');
  if (shape::key_word_count(shape::trim(padded)) > k_max_error_question_words) return false;
  bool names_error = false;
  for (std::string_view noun : k_error_nouns) {
    std::size_t at = padded.find(noun);
    names_error = at != std::string::npos && padded[at - 1] == ' ' && padded[at + noun.size()] == ' ';
    if (names_error) break;
  }
  if (!names_error) return false;
  const bool names_piece = shape::key_contains_any(padded, k_piece_words);
  std::string_view call = shape::scratch_key(text.substr(asked + 1));
  if (shape::key_word_count(call) + k_max_error_question_words > k_max_words) return false;
  std::string_view padded_call = shape::scratch_padded(call);
  return shape::key_contains_any(padded_call, k_addressees_shared) ||
         (names_piece && key_contains_any(padded_call, k_addressee_lists, languages));
}

/// An update or correction note is a line or a short paragraph; longer is prose.
constexpr std::size_t k_max_note_bytes = 450;
constexpr std::size_t k_max_note_words = 70;
/// A time label's time follows it within this many bytes ("Updated at 3:15 p.m.", "Aggiornato il 29").
constexpr std::size_t k_max_label_to_time = 12;

/// Openings that make a line a note on the piece itself, with no more said.
constexpr std::string_view k_note_openings_en[] = {
    "this story has been updated", "this article has been updated", "this story was updated",
    "this article was updated", "this post has been updated", "this post was updated", "this story has been corrected",
    "this article has been corrected", "this story was corrected", "this article was corrected",
    "this story has been amended", "this article has been amended", "an earlier version of this",
    "a previous version of this",
};
constexpr std::string_view k_note_openings_de[] = {
    "dieser artikel wurde aktualisiert", "dieser artikel wurde korrigiert", "dieser beitrag wurde aktualisiert",
    "dieser beitrag wurde korrigiert", "dieser text wurde aktualisiert", "dieser text wurde korrigiert",
    "der artikel wurde aktualisiert", "der artikel wurde korrigiert", "in einer früheren version dieses",
    "in einer früheren fassung dieses", "in einer vorherigen version dieses",
};
constexpr std::string_view k_note_openings_es[] = {
    "este artículo ha sido actualizado", "este artículo fue actualizado", "este artículo ha sido corregido",
    "este artículo fue corregido", "esta noticia ha sido actualizada", "esta noticia fue actualizada",
    "esta información ha sido actualizada", "una versión anterior de este", "una versión anterior de esta",
};
constexpr std::string_view k_note_openings_fr[] = {
    "cet article a été mis à jour", "cet article a été modifié", "cet article a été corrigé",
    "cet article a été actualisé", "une version précédente de cet article", "une précédente version de cet article",
};
constexpr std::string_view k_note_openings_it[] = {
    "questo articolo è stato aggiornato", "questo articolo è stato corretto", "questo articolo è stato modificato",
    "l'articolo è stato aggiornato", "una versione precedente di questo",
};
constexpr std::string_view k_note_openings_pt[] = {
    "este artigo foi atualizado", "este artigo foi corrigido", "esta notícia foi atualizada",
    "esta notícia foi corrigida", "este texto foi atualizado", "este texto foi corrigido",
    "uma versão anterior deste", "uma versão anterior desta",
};
constexpr LanguageWords k_note_opening_lists[] = {
    {ListLanguage::en, k_note_openings_en}, {ListLanguage::es, k_note_openings_es},
    {ListLanguage::de, k_note_openings_de}, {ListLanguage::fr, k_note_openings_fr},
    {ListLanguage::pt, k_note_openings_pt}, {ListLanguage::it, k_note_openings_it},
};
constexpr LanguagePhrases<total_words(k_note_opening_lists)> k_note_openings{k_note_opening_lists};

/// Labels a note opens with; a ':' or a dash must follow ("Correction: ...", "Mise à jour :
/// ..."), and then a time or words about the piece (k_piece_references): "Correction of the
/// error took weeks" is prose, and "UPDATE: Official calls members terrorists" is a live
/// story's heading. (Editors' notes are left alone: they frame the piece, and benchmarks'
/// ground truth keeps them.)
constexpr std::string_view k_note_labels_en[] = {
    "update", "updated", "correction", "corrections", "clarification",
};
constexpr std::string_view k_note_labels_de[] = {
    "update", "aktualisierung", "korrektur", "nachtrag", "richtigstellung",
};
constexpr std::string_view k_note_labels_es[] = {
    "actualización", "corrección", "fe de errores", "aclaración",
};
constexpr std::string_view k_note_labels_fr[] = {
    "mise à jour", "rectificatif", "correction", "erratum", "précision",
};
constexpr std::string_view k_note_labels_it[] = {
    "aggiornamento", "correzione", "rettifica", "errata corrige",
};
constexpr std::string_view k_note_labels_pt[] = {
    "atualização", "correção", "errata", "esclarecimento",
};
constexpr LanguageWords k_note_label_lists[] = {
    {ListLanguage::en, k_note_labels_en}, {ListLanguage::es, k_note_labels_es}, {ListLanguage::de, k_note_labels_de},
    {ListLanguage::fr, k_note_labels_fr}, {ListLanguage::pt, k_note_labels_pt}, {ListLanguage::it, k_note_labels_it},
};
constexpr LanguagePhrases<total_words(k_note_label_lists)> k_note_labels{k_note_label_lists};

/// Words of a labelled note about the piece itself or what it got wrong.
constexpr std::string_view k_piece_references_en[] = {
    "earlier version", "previous version", "this article", "this story", "this post", "this report",
    "misstated", "incorrectly", "misidentified", "misspelled", "wrongly", "has been updated", "was updated",
};
constexpr std::string_view k_piece_references_de[] = {
    "früheren version", "vorherigen version", "dieser artikel", "dieses artikels", "diesem artikel",
    "dieser beitrag", "dieses beitrags", "diesem beitrag", "fälschlich", "irrtümlich", "wurde aktualisiert",
};
constexpr std::string_view k_piece_references_es[] = {
    "versión anterior", "este artículo", "esta noticia", "esta información", "erróneamente", "por error",
    "ha sido actualizad",
};
constexpr std::string_view k_piece_references_fr[] = {
    "version précédente", "précédente version", "cet article", "par erreur", "erronée", "à tort", "a été mis à jour",
};
constexpr std::string_view k_piece_references_it[] = {
    "versione precedente", "questo articolo", "erroneamente", "per errore", "è stato aggiornato",
};
constexpr std::string_view k_piece_references_pt[] = {
    "versão anterior", "este artigo", "esta notícia", "este texto", "erradamente", "por engano",
    "incorretamente", "inicialmente referido", "foi atualizad",
};
constexpr LanguageWords k_piece_reference_lists[] = {
    {ListLanguage::en, k_piece_references_en}, {ListLanguage::es, k_piece_references_es},
    {ListLanguage::de, k_piece_references_de}, {ListLanguage::fr, k_piece_references_fr},
    {ListLanguage::pt, k_piece_references_pt}, {ListLanguage::it, k_piece_references_it},
};

/// Labels a time follows ("Updated at 3:15 p.m. with ...", "Artigo corrigido às 12h10: ...").
constexpr std::string_view k_time_labels_en[] = {
    "updated at", "updated on", "corrected at", "corrected on", "story updated", "article updated",
};
constexpr std::string_view k_time_labels_de[] = {
    "aktualisiert um", "aktualisiert am", "korrigiert um", "korrigiert am", "artikel aktualisiert",
    "artikel korrigiert",
};
constexpr std::string_view k_time_labels_es[] = {
    "actualizado a las", "actualizado el", "actualizada a las", "actualizada el", "corregido a las",
    "corregido el", "artículo actualizado", "noticia actualizada",
};
constexpr std::string_view k_time_labels_fr[] = {
    "mis à jour le", "mis à jour à", "mise à jour le", "mise à jour à", "corrigé le", "corrigé à",
    "article mis à jour", "article corrigé",
};
constexpr std::string_view k_time_labels_it[] = {
    "aggiornato il", "aggiornato alle", "aggiornata il", "aggiornata alle", "corretto il", "articolo aggiornato",
    "articolo corretto",
};
constexpr std::string_view k_time_labels_pt[] = {
    "atualizado às", "atualizado em", "atualizada às", "atualizada em", "corrigido às", "corrigido em",
    "artigo corrigido", "artigo atualizado", "notícia atualizada", "notícia corrigida",
};
constexpr LanguageWords k_time_label_lists[] = {
    {ListLanguage::en, k_time_labels_en}, {ListLanguage::es, k_time_labels_es}, {ListLanguage::de, k_time_labels_de},
    {ListLanguage::fr, k_time_labels_fr}, {ListLanguage::pt, k_time_labels_pt}, {ListLanguage::it, k_time_labels_it},
};
constexpr LanguagePhrases<total_words(k_time_label_lists)> k_time_labels{k_time_label_lists};

/// `text` past its opening marks and `phrase`, which opens it.
std::string_view after_phrase(std::string_view text, std::string_view phrase) {
  std::string_view opening = shape::skip_opening_marks(text);
  return opening.substr(shape::phrase_at(opening, phrase));
}

/// What follows ':' or a dash that opens `rest`, past spaces ("Update: ...", "Mise à jour :
/// ..."); nullopt when no separator opens it.
std::optional<std::string_view> after_separator(std::string_view rest) {
  rest = shape::trim(rest);
  if (rest.starts_with(':')) return shape::trim(rest.substr(1));
  if (std::size_t dash = shape::dash_at(rest)) return shape::trim(rest.substr(dash));
  return std::nullopt;
}

/// True when a digit comes within the first k_max_label_to_time bytes of `rest`.
bool opens_with_time(std::string_view rest) {
  return rest.substr(0, k_max_label_to_time).find_first_of("0123456789") != std::string_view::npos;
}

/// True when `text` is a note that the piece was updated or corrected: a note's opening, a
/// label and a separator, or a label and a time.
bool is_update_note(std::string_view text, ListLanguages languages) {
  if (text.size() > k_max_note_bytes || shape::opens_with_inner_quote(text)) return false;
  bool note = !opening_in(text, k_note_openings, languages).empty();
  if (!note) {
    std::string_view label = opening_in(text, k_note_labels, languages);
    if (!label.empty()) {
      auto rest = after_separator(after_phrase(text, label));
      note = rest && (opens_with_time(*rest) ||
                      key_contains_any(shape::scratch_key(*rest), k_piece_reference_lists, languages));
    }
  }
  if (!note) {
    std::string_view label = opening_in(text, k_time_labels, languages);
    note = !label.empty() && opens_with_time(after_phrase(text, label));
  }
  return note && shape::key_word_count(shape::scratch_key(text)) <= k_max_note_words;
}

}  // namespace

std::optional<std::string> CorrectionFilter::judge(const Document& doc, std::size_t index) const {
  ListLanguages languages = list_languages(doc);
  if (is_update_note(doc.blocks[index].text, languages)) return "a note that the piece was updated or corrected";
  auto prompt = prompt_opening(doc.blocks[index].text, k_questions, k_calls, languages, k_max_bytes, k_max_words);
  if (!prompt) {
    if (is_error_question(doc.blocks[index].text, languages)) return "a prompt to report an error";
    return std::nullopt;
  }
  std::string_view key = prompt->key;
  if (prompt->question || prompt->words <= k_max_bare_call_words || shape::key_contains_any(key, k_addressees_shared) ||
      key_contains_any(key, k_addressee_lists, languages))
    return "a prompt to report an error";
  return std::nullopt;
}

}  // namespace pith
