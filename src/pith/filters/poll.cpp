// poll: what a reader-poll widget leaves in the text: its result line ("72% of readers think
// this story is Fact"), often with the number lost, its buttons ("Vote now", "View results"),
// its vote count ("1,204 votes"), and the question and answer lines above its button, in six
// languages; and a feedback widget's "Was this article helpful? Yes No".
#include "pith/filters/poll.h"

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <vector>

#include "pith/base/line_shape.h"
#include "pith/filters/key_gate.h"
#include "pith/filters/opening_guard.h"
#include "pith/language/word_lists.h"

namespace pith {

namespace {

/// A widget's line is a sentence or two; longer is prose.
constexpr std::size_t k_max_bytes = 200;
constexpr std::size_t k_max_words = 30;
/// Buttons are a few words.
constexpr std::size_t k_max_button_bytes = 40;

/// Who the result line counts, right after its percentage.
constexpr std::string_view k_groups_en[] = {
    "of readers", "of visitors", "of users", "of respondents", "of voters", "of you", "of people",
};
constexpr std::string_view k_groups_es[] = {
    "de los lectores", "de los usuarios", "de los encuestados", "de los votantes", "de los visitantes",
};
constexpr std::string_view k_groups_de[] = {"der leser", "der nutzer", "der befragten", "der teilnehmer",
                                            "der besucher"};
constexpr std::string_view k_groups_fr[] = {"des lecteurs", "des internautes", "des votants", "des répondants",
                                            "des visiteurs", "des utilisateurs"};
constexpr std::string_view k_groups_pt[] = {"dos leitores", "dos usuários", "dos internautas", "dos votantes",
                                            "dos visitantes", "dos entrevistados"};
constexpr std::string_view k_groups_it[] = {"dei lettori", "degli utenti", "dei votanti", "degli intervistati",
                                            "dei visitatori"};
constexpr LanguageWords k_group_lists[] = {
    {ListLanguage::en, k_groups_en}, {ListLanguage::es, k_groups_es}, {ListLanguage::de, k_groups_de},
    {ListLanguage::fr, k_groups_fr}, {ListLanguage::pt, k_groups_pt}, {ListLanguage::it, k_groups_it},
};

/// How the widget points at the piece itself, or asks for a vote: a survey reported in prose
/// ("62% of readers think the mayor should resign, a poll found") does neither.
constexpr std::string_view k_widget_words_en[] = {
    "this story", "this article", "this post", "this video", "add your two cents", "vote now", "cast your vote",
    "have your say", "what do you think", "vote below", "click to vote", "take our poll",
};
constexpr std::string_view k_widget_words_es[] = {
    "esta noticia", "este artículo", "esta historia", "este vídeo", "este video", "vota ahora", "emite tu voto",
    "da tu opinión", "qué opinas", "qué piensas", "vota abajo", "haz clic para votar", "participa en la encuesta",
};
constexpr std::string_view k_widget_words_de[] = {
    "diese meldung", "diesen artikel", "diese geschichte", "diesen beitrag", "dieses video", "jetzt abstimmen",
    "stimmen sie ab", "geben sie ihre stimme ab", "was meinen sie", "was denken sie", "stimmen sie unten ab",
    "zum abstimmen klicken", "an der umfrage teilnehmen",
};
constexpr std::string_view k_widget_words_fr[] = {
    "cet article", "cette information", "cette histoire", "cette vidéo", "votez", "donnez votre avis",
    "qu'en pensez-vous", "qu’en pensez-vous", "cliquez pour voter", "participez au sondage",
};
constexpr std::string_view k_widget_words_pt[] = {
    "esta notícia", "este artigo", "esta história", "este vídeo", "vote agora", "dê sua opinião", "o que você acha",
    "vote abaixo", "clique para votar", "participe da enquete",
};
constexpr std::string_view k_widget_words_it[] = {
    "questa notizia", "questo articolo", "questa storia", "questo video", "vota ora", "esprimi il tuo voto",
    "cosa ne pensi", "vota qui sotto", "clicca per votare", "partecipa al sondaggio",
};
constexpr LanguageWords k_widget_word_lists[] = {
    {ListLanguage::en, k_widget_words_en}, {ListLanguage::es, k_widget_words_es},
    {ListLanguage::de, k_widget_words_de}, {ListLanguage::fr, k_widget_words_fr},
    {ListLanguage::pt, k_widget_words_pt}, {ListLanguage::it, k_widget_words_it},
};

/// A poll widget's buttons and labels, as whole lines (compared with shape::key()).
constexpr std::string_view k_buttons_en[] = {
    "vote now", "cast your vote", "view results", "see results", "show results", "add your two cents",
    "take our poll", "reader poll", "quick poll", "vote", "submit vote", "submit your vote", "view poll results",
    "poll results", "vote!", "see the results", "show me the results", "have your say",
};
constexpr std::string_view k_buttons_es[] = {
    "vota ahora", "ver resultados", "votar", "vota", "enviar voto", "ver los resultados", "votar ahora",
    "resultados de la encuesta", "ver resultados parciales", "emite tu voto", "envía tu voto", "mostrar resultados",
    "mostrar los resultados", "da tu opinión", "participa en la encuesta", "encuesta de lectores",
};
constexpr std::string_view k_buttons_de[] = {
    "jetzt abstimmen", "ergebnis anzeigen", "ergebnisse anzeigen", "abstimmen", "stimme abgeben", "zum ergebnis",
    "ergebnis der umfrage",
    "umfrageergebnis", "umfrageergebnisse", "ergebnis ansehen", "ergebnisse ansehen", "stimmen sie ab",
    "geben sie ihre stimme ab", "ihre stimme abgeben", "stimme absenden", "an der umfrage teilnehmen",
    "ergebnis zeigen", "ergebnisse zeigen", "zu den ergebnissen",
};
constexpr std::string_view k_buttons_fr[] = {
    "voir les résultats", "votez maintenant", "voter", "je vote", "votez", "voir le résultat", "afficher les résultats",
    "résultats du sondage", "je participe", "votez maintenant", "voter maintenant", "envoyer mon vote",
    "valider mon vote", "donnez votre avis", "participez au sondage", "afficher le résultat", "voir tous les résultats",
};
constexpr std::string_view k_buttons_pt[] = {
    "vote agora", "ver resultado", "ver resultados", "votar", "vote", "ver parcial", "ver parciais",
    "resultado da enquete", "enviar voto", "votar agora", "ver os resultados", "mostrar resultados", "dê sua opinião",
    "participe da enquete", "resultados da enquete", "resultado da votação", "registre seu voto",
};
constexpr std::string_view k_buttons_it[] = {
    "vota ora", "vedi i risultati", "mostra i risultati", "vota", "votare", "vedi risultati", "risultati del sondaggio",
    "invia voto", "vota adesso", "esprimi il tuo voto", "mostra risultati", "invia il voto", "partecipa al sondaggio",
};
constexpr LanguageWords k_button_lists[] = {
    {ListLanguage::en, k_buttons_en}, {ListLanguage::es, k_buttons_es}, {ListLanguage::de, k_buttons_de},
    {ListLanguage::fr, k_buttons_fr}, {ListLanguage::pt, k_buttons_pt}, {ListLanguage::it, k_buttons_it},
};
constexpr LanguagePhrases<total_words(k_button_lists)> k_buttons{k_button_lists};

/// A poll's count of votes, after its number ("1,204 votes", "87 Stimmen"), or before it
/// after a ':' ("Total votes: 1204", "Votos: 87").
constexpr std::string_view k_count_words[] = {
    "votes", "vote", "total votes", "stimmen", "stimme", "abgegebene stimmen", "teilnehmer", "votos", "voto",
    "votos totales", "total de votos", "voix", "votes exprimés", "voti", "voto", "voti totali", "votes so far",
    "votes cast", "people voted", "people have voted", "stimmen insgesamt", "personas han votado", "votos emitidos",
    "personnes ont voté", "votes au total", "pessoas votaram", "votos até agora", "persone hanno votato",
    "voti espressi", "total des votes", "nombre de votes", "nombre total de votes", "votos totais", "totale voti",
    "totale dei voti", "stimmen gesamt", "gesamtstimmen", "votos hasta ahora", "votes jusqu'à présent",
    "votes jusqu’à présent", "voti finora", "votos registrados", "personas votaron", "personen haben abgestimmt",
    "pessoas já votaram",
};
/// Words that may open a count before its number ("Insgesamt 312 Stimmen", "Total 87 votes").
constexpr std::string_view k_count_openings[] = {
    "total", "insgesamt", "bisher", "gesamt", "ya", "déjà", "já", "finora", "en total", "au total", "so far",
    "no total", "in totale", "totale", "hasta ahora", "até agora", "jusqu'ici",
};
/// Results links that stand bare right after a poll's button ("Results", "Ergebnisse"); alone
/// elsewhere they head a sports table.
constexpr std::string_view k_bare_results[] = {
    "results", "result", "ergebnis", "ergebnisse", "resultados", "resultado", "résultats", "résultat", "risultati",
    "risultato",
};

/// Headers a poll's widget opens with, over its question.
constexpr std::string_view k_headers[] = {
    "poll", "reader poll", "quick poll", "our poll", "umfrage", "leserumfrage", "abstimmung", "encuesta",
    "sondeo", "sondage", "sondaggio", "enquete", "enquête", "inquérito", "sondagem", "votación", "votazione",
    "votação", "readers' poll", "your say",
};
/// The same headers opening a line that carries the question after them ("Umfrage: Wer gewinnt
/// ...?", "SONDAGGIO Chi vincerà?"); longest first among those opening alike. Grouped by their
/// first byte: every line is asked for one, and most open with none.
constexpr shape::Phrases k_header_openings{{
    "reader poll", "readers' poll", "quick poll", "our poll", "leserumfrage", "umfrage", "abstimmung", "encuesta",
    "sondeo", "votación", "sondage", "sondaggio", "votazione", "enquete", "enquête", "inquérito", "sondagem",
    "votação", "poll",
}};
/// A question is a sentence; an answer a few words. A poll offers a handful of answers.
constexpr std::size_t k_max_question_words = 30;
constexpr std::size_t k_max_answer_words = 12;
constexpr std::size_t k_max_answer_bytes = 100;
constexpr std::size_t k_min_answers = 2;
constexpr std::size_t k_max_answers = 8;

/// Radio buttons and boxes a text browser prints before each of a poll's answers.
constexpr std::string_view k_answer_marks[] = {
    "\xE2\x97\x8B", "\xE2\x97\xAF", "\xE2\x97\x89", "\xE2\x97\x8F", "\xE2\x9A\xAA", "\xE2\x98\x90", "\xE2\x96\xA1",
    "\xE2\x96\xA2", "\xE2\x97\xBB", "( )", "[ ]",
};  // ○ ◯ ◉ ● ⚪ ☐ □ ▢ ◻
/// Separators between a poll's answers printed on one line ("Yes | No | Not sure", "Oui / Non",
/// "Above $8k · Below $5k").
constexpr std::string_view k_answer_separators[] = {" | ", " / ", " \xC2\xB7 "};


/// Bytes of the thousands separator at `at` in a key: ',', '.', an apostrophe ("1'204",
/// "1’204" in Switzerland) or a space ("1 204" in French; key() has folded a no-break and a
/// narrow no-break space to one); 0 when none stands there.
std::size_t separator_at(std::string_view key, std::size_t at) {
  if (at >= key.size()) return 0;
  char c = key[at];
  if (c == ',' || c == '.' || c == '\'' || c == ' ') return 1;
  return key.substr(at).starts_with("\xE2\x80\x99") ? 3 : 0;
}

/// Bytes of the count that opens `key`: digits, then groups of three after a thousands
/// separator ("1,204", "1.204", "1 204", "1'204"); 0 when `key` does not open with a digit.
std::size_t count_bytes(std::string_view key) {
  std::size_t at = 0;
  while (at < key.size() && shape::is_ascii_digit(key[at])) ++at;
  if (at == 0) return 0;
  for (std::size_t separator = separator_at(key, at); separator != 0; separator = separator_at(key, at)) {
    std::size_t group = at + separator;
    if (group + 3 > key.size() || !shape::is_ascii_digit(key[group]) || !shape::is_ascii_digit(key[group + 1]) || !shape::is_ascii_digit(key[group + 2]) ||
        (group + 3 < key.size() && shape::is_ascii_digit(key[group + 3])))
      break;
    at = group + 3;
  }
  return at;
}

/// True when `key` is a vote count: a number and a count word, or a count word, ':' and a number.
bool is_vote_count(std::string_view key) {
  if (key.empty() || key.size() > k_max_button_bytes) return false;
  // Each form holds the count's digits: most keys hold none, and are not compared with the lists.
  if (!shape::has_digit(key)) return false;
  std::size_t digits = count_bytes(key);
  if (digits > 0 && digits < key.size() && key[digits] == ' ')
    return shape::is_one_of(key.substr(digits + 1), k_count_words);
  // "Insgesamt 312 Stimmen": an opening word, then the count.
  for (std::string_view opening : k_count_openings)
    if (key.size() > opening.size() + 1 && key.starts_with(opening) && key[opening.size()] == ' ' &&
        key[opening.size() + 1] >= '0' && key[opening.size() + 1] <= '9')
      return is_vote_count(key.substr(opening.size() + 1));
  std::size_t colon = key.find(':');
  if (colon == std::string_view::npos || !shape::is_one_of(shape::trim(key.substr(0, colon)), k_count_words))
    return false;
  std::string_view number = shape::trim(key.substr(colon + 1));
  return !number.empty() && count_bytes(number) == number.size();
}

/// True when `text` reads as a poll's question: one sentence of a few words ending in '?'.
bool is_question(std::string_view text) {
  text = shape::trim(text);
  return text.size() > 1 && text.back() == '?' && shape::word_count(text) <= k_max_question_words;
}

/// True when `text` reads as one of a poll's answers: a few words ("Yes, it is overdue."), not
/// a question or a lead-in.
bool is_answer(std::string_view text) {
  text = shape::trim(text);
  if (text.empty() || text.size() > k_max_answer_bytes || shape::word_count(text) > k_max_answer_words) return false;
  char last = text.back();
  return last != ':' && last != ';' && last != ',' && last != '?';
}

std::vector<std::string_view> answer_row(std::string_view text);

/// The dashes that set a poll's button apart from its answers on one line.
constexpr std::string_view k_button_dashes[] = {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - "};  // — –

/// True when `tail`, what follows a poll's question on its line, is a row of answers, a vote
/// button after a dash, or both ("Ja / Nein / Weiß nicht – Jetzt abstimmen").
bool answers_and_button(std::string_view tail) {
  tail = shape::trim(tail);
  for (std::string_view dash : k_button_dashes) {
    std::size_t at = tail.rfind(dash);
    if (at == std::string_view::npos) continue;
    std::string_view button = shape::scratch_key(tail.substr(at + dash.size()));
    button = shape::without_final_stops(button);
    if (!is_one_of(button, k_buttons, k_whole_line_languages)) return false;
    tail = shape::trim(tail.substr(0, at));
    break;
  }
  return !answer_row(tail).empty();
}

/// True when `text` is a question, its answers and then a vote button after a dash or the vote
/// count in brackets, on one line, with no header before it ("Who was your man of the match? A /
/// B / C – cast your vote", "Where will bitcoin close the year? Above $8k · Below $5k (1,942
/// votes)"). Without the button or the count, a question and a row of words is prose's.
bool is_question_answers_and_button(std::string_view text) {
  std::size_t asked = text.find("? ");
  if (asked == std::string_view::npos || !is_question(text.substr(0, asked + 1))) return false;
  std::string_view tail = shape::trim(text.substr(asked + 2));
  if (tail.ends_with(')')) {
    std::size_t open = tail.rfind('(');
    if (open == std::string_view::npos || !is_vote_count(shape::scratch_key(tail.substr(open + 1, tail.size() - open - 2))))
      return false;
    return !answer_row(tail.substr(0, open)).empty();
  }
  for (std::string_view dash : k_button_dashes)
    if (std::size_t at = tail.rfind(dash); at != std::string_view::npos) return answers_and_button(tail);
  return false;
}

/// What may set a poll's button apart from its last marked answer: two spaces, a bracket, an
/// arrow ("○ Don't know  [Vote]", "▢ Un autre coureur → Je vote"), or a dash (k_button_dashes).
constexpr std::string_view k_marked_button_breaks[] = {"  ", " [", " \xE2\x86\x92 ", " \xE2\x9E\x9C "};  // → ➜

/// True when `text` is a question, then two or more answers each after a radio mark
/// (k_answer_marks), then perhaps a button of a few words ("HAVE YOUR SAY: Should bins be
/// collected every three weeks? ○ Yes ○ No ○ Don't know  [Vote]  View results"). Prose never
/// puts radio marks before its words, so no button is needed.
bool is_question_and_marked_answers(std::string_view text) {
  std::size_t asked = text.find("? ");
  if (asked == std::string_view::npos || !is_question(text.substr(0, asked + 1))) return false;
  std::string_view tail = shape::trim(text.substr(asked + 2));
  std::size_t last_mark = std::string_view::npos;
  for (std::string_view mark : k_answer_marks) {
    if (!tail.starts_with(mark)) continue;
    last_mark = tail.rfind(mark);
    break;
  }
  if (last_mark == std::string_view::npos) return false;
  // The button, if any, after the last answer.
  std::size_t button = tail.size();
  using Breaks = std::span<const std::string_view>;
  for (Breaks breaks : {Breaks(k_marked_button_breaks), Breaks(k_button_dashes)})
    for (std::string_view mark_break : breaks)
      if (std::size_t at = tail.find(mark_break, last_mark + 1); at != std::string_view::npos)
        button = std::min(button, at);
  if (tail.size() - button > k_max_button_bytes) return false;
  return !answer_row(tail.substr(0, button)).empty();
}

/// Stars a rating widget prints, empty or filled (☆ ★).
constexpr std::string_view k_rating_stars[] = {"\xE2\x98\x86", "\xE2\x98\x85"};
/// A rating widget's stars, at least this many in a row; its call before them, at most this many words.
constexpr std::size_t k_min_rating_stars = 3;
constexpr std::size_t k_max_rating_call_words = 12;

/// True when `text` is a rating widget: a short call or none, a row of stars, then the count of
/// votes cast, bare or in brackets ("Notez-la : ☆☆☆☆☆ (1 248 votes)", "Rate this recipe ★★★★☆
/// 312 votes"). A review's verdict in stars counts no votes, and stays.
bool is_rating_widget(std::string_view text) {
  std::size_t first = text.find("\xE2\x98");
  while (first != std::string_view::npos && !shape::is_one_of(text.substr(first, 3), k_rating_stars))
    first = text.find("\xE2\x98", first + 1);
  if (first == std::string_view::npos || shape::word_count(text.substr(0, first)) > k_max_rating_call_words) return false;
  std::size_t end = first, stars = 0;
  while (end + 3 <= text.size() && shape::is_one_of(text.substr(end, 3), k_rating_stars)) end += 3, ++stars;
  if (stars < k_min_rating_stars) return false;
  std::string_view count = shape::trim(text.substr(end));
  if (count.size() > 2 && count.front() == '(' && count.back() == ')') count = count.substr(1, count.size() - 2);
  return !count.empty() && is_vote_count(shape::scratch_key(count));
}

/// True when `text` opens with a poll's header and goes on to one question ("Umfrage: Wer gewinnt
/// den Pokal?", "Sondage : Faut-il ... ?", "SONDAGGIO Chi vincerà il Giro?").
bool is_header_and_question(std::string_view text) {
  std::string_view opening = shape::opening_in(text, k_header_openings);
  if (opening.empty()) return false;
  std::string_view line = shape::skip_opening_marks(text);
  std::size_t header_bytes = shape::phrase_at(line, opening);
  std::string_view header = line.substr(0, header_bytes);
  std::string_view rest = line.substr(header_bytes);
  // The header ends at a colon, a dash or a bar, or is set in capitals ("SONDAGGIO Chi ...");
  // "Encuesta tras encuesta, ...?" is a sentence.
  std::size_t start = rest.find_first_not_of(" :|-\xE2\x80\x93\x94");
  if (start == 0 || start == std::string_view::npos) return false;
  std::string_view separator = rest.substr(0, start);
  bool capitals = header.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos;
  if (separator.find_first_not_of(' ') == std::string_view::npos && !capitals) return false;
  rest = rest.substr(start);
  // The widget may print its answers and its button on the question's line: "POLL: Who wins?
  // Tigers / Swans / Cats — Vote now!".
  std::size_t asked = rest.find("? ");
  if (asked != std::string_view::npos) {
    if (!answers_and_button(rest.substr(asked + 2))) return false;
    rest = rest.substr(0, asked + 1);
  }
  return shape::word_count(rest) >= 2 && is_question(rest);
}

/// The answers of a row `text` splits into, at radio marks or at bars and slashes; empty when the
/// row is not two or more short answers.
std::vector<std::string_view> answer_row(std::string_view text) {
  std::vector<std::string_view> parts;
  text = shape::trim(text);
  bool marked = false;
  for (std::string_view mark : k_answer_marks)
    if (text.starts_with(mark)) marked = true;
  auto split = [&](std::span<const std::string_view> separators) {
    parts.clear();
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t best = std::string_view::npos, length = 0;
      for (std::string_view separator : separators) {
        std::size_t at = text.find(separator, start);
        if (at < best) best = at, length = separator.size();
      }
      std::string_view part = shape::trim(text.substr(start, best == std::string_view::npos ? best : best - start));
      if (!part.empty()) parts.push_back(part);
      if (best == std::string_view::npos) break;
      start = best + length;
    }
  };
  if (marked) split(k_answer_marks);
  else split(k_answer_separators);
  if (parts.size() < k_min_answers || parts.size() > k_max_answers) return {};
  for (std::string_view part : parts)
    if (!is_answer(part)) return {};
  return parts;
}

/// `key` without the brackets and marks a widget's button may wear ("[Vote]", "> Vote", "(312 votes)").
std::string_view strip_button_marks(std::string_view key) {
  constexpr std::string_view k_marks = " []()<>*-|";
  std::size_t first = key.find_first_not_of(k_marks);
  if (first == std::string_view::npos) return {};
  return key.substr(first, key.find_last_not_of(k_marks) - first + 1);
}

/// True when `key` is a poll's button or vote count, or a row of them ("vote | view results").
bool is_button_or_count(std::string_view key) {
  if (key.empty()) return false;
  while (!key.empty()) {
    std::size_t bar = key.find(" | ");
    std::string_view part = strip_button_marks(key.substr(0, bar));
    if (part.empty() || (!is_one_of(part, k_buttons, k_whole_line_languages) && !is_vote_count(part))) return false;
    key = bar == std::string_view::npos ? std::string_view{} : key.substr(bar + 3);
  }
  return true;
}

/// A byte table: one flag per byte value.
using ByteSet = std::array<bool, 256>;

/// The bytes a key that is a button, a vote count or a row of them may open with: a button's
/// or a count word's first byte (the count then its number: "Votes: 87"), a count opening's
/// ("Insgesamt 312 Stimmen"), a digit ("1,204 votes"), or a mark strip_button_marks() drops,
/// which hides the byte after it.
constexpr ByteSet k_widget_openings = [] {
  ByteSet bytes{};
  for (const LanguageWords& list : k_button_lists)
    for (std::string_view button : list.words) bytes[static_cast<unsigned char>(button[0])] = true;
  for (std::string_view word : k_count_words) bytes[static_cast<unsigned char>(word[0])] = true;
  for (std::string_view word : k_count_openings) bytes[static_cast<unsigned char>(word[0])] = true;
  for (char c : std::string_view(" []()<>*-|0123456789")) bytes[static_cast<unsigned char>(c)] = true;
  return bytes;
}();

/// The ASCII letters and digits such a key may end with (key_closing() tells no other byte): a
/// button's or a count word's last byte, or a digit ("Total votes: 1204").
constexpr ByteSet k_widget_closings = [] {
  ByteSet bytes{};
  for (const LanguageWords& list : k_button_lists)
    for (std::string_view button : list.words) bytes[static_cast<unsigned char>(button.back())] = true;
  for (std::string_view word : k_count_words) bytes[static_cast<unsigned char>(word.back())] = true;
  for (char c : std::string_view("0123456789")) bytes[static_cast<unsigned char>(c)] = true;
  return bytes;
}();

/// The count words and openings as phrases, for k_widget_guard only: it reads their bytes, not
/// their language (each list holds all six).
constexpr LanguageWords k_count_phrase_lists[] = {{ListLanguage::en, k_count_words},
                                                   {ListLanguage::en, k_count_openings}};
constexpr LanguagePhrases<total_words(k_count_phrase_lists)> k_count_phrases{k_count_phrase_lists};
/// Whether a line may open as a button, a count word or a count opening does, by its first two
/// bytes.
constexpr OpeningGuard k_widget_guard{k_buttons, k_count_phrases};

/// False when the key of `text` is no button, vote count or row of them (for certain): the
/// first part of a row opens as a button or count does (past the marks strip_button_marks()
/// drops), by its first byte and, for a letter, its first two, and its last part ends so. Most
/// short lines are turned away before they are keyed.
bool may_be_widget_key(std::string_view text) {
  unsigned char first = key_opening(text), last = key_closing(text);
  if (!k_widget_openings[first] || (last != 0 && !k_widget_closings[last])) return false;
  bool letter = first >= 'a' && first <= 'z';
  return !letter || k_widget_guard.may_open(text);
}

/// The bytes of a result line's opening percentage: "72%", "72 %", "72.5%", or a bare "%"
/// whose number the widget's script never filled in; 0 when the line does not open so.
std::size_t percentage_at(std::string_view text) {
  std::size_t at = 0;
  while (at < text.size() && ((text[at] >= '0' && text[at] <= '9') || text[at] == '.' || text[at] == ',')) ++at;
  if (at < text.size() && text[at] == ' ') ++at;
  if (at < text.size() && text[at] == '%') return at + 1;
  return 0;
}

/// A feedback widget's question asks whether the piece helped ("Was this article helpful?",
/// "War diese Seite hilfreich? Ja Nein"): a short question whose every word is one language's
/// (its frame, a word of help, what was read), and after its '?' nothing but the widget's yes
/// and no buttons. An article's own question names its subject ("Was the new law helpful to
/// renters?"), whose words no frame holds.
constexpr std::size_t k_max_feedback_words = 10;
constexpr std::size_t k_max_feedback_bytes = 120;
/// The buttons may stand one to a line under the question ("Yes", "No").
constexpr std::size_t k_max_feedback_button_lines = 2;

/// The verbs, pronouns and demonstratives of such a question ("did you find this ...").
constexpr std::string_view k_feedback_frame_en[] = {
    "was", "is", "were", "are", "did", "does", "do", "has", "have", "you", "find", "this", "the", "these", "to", "for",
};
constexpr std::string_view k_feedback_frame_es[] = {
    "te", "le", "les", "os", "ha", "han", "sido", "resultado", "parecido", "fue", "es", "resultó", "son", "fueron",
    "este", "esta", "esto", "estos", "estas", "el", "la", "los", "las", "encontraste", "encontró", "para", "ti",
    "usted",
};
constexpr std::string_view k_feedback_frame_de[] = {
    "war", "ist", "waren", "sind", "hat", "haben", "fanden", "finden", "fandest", "findest", "sie", "du", "ihnen",
    "dir", "euch", "dieser", "diese", "dieses", "diesen", "der", "die", "das", "den", "dies", "für",
};
constexpr std::string_view k_feedback_frame_fr[] = {
    "cet", "cette", "ce", "ces", "le", "la", "les", "vous", "t'", "te", "tu", "a-t-il", "a-t-elle", "ont-ils",
    "ont-elles", "a", "ont", "été", "était-il", "était-elle", "était-ce", "est-ce", "est-il", "est-elle", "que",
    "avez-vous", "as-tu", "trouvé", "trouvée", "cela", "ceci", "ça",
};
constexpr std::string_view k_feedback_frame_pt[] = {
    "este", "esta", "estes", "estas", "isto", "isso", "o", "a", "os", "as", "foi", "foram", "é", "são", "te", "lhe",
    "achou", "achaste", "considera", "considerou", "para", "você", "si", "ti",
};
constexpr std::string_view k_feedback_frame_it[] = {
    "questo", "questa", "questi", "queste", "il", "lo", "la", "i", "gli", "le", "ti", "vi", "è", "sono", "stato",
    "stata", "stati", "state", "ha", "hanno", "hai", "avete", "trovato", "trovata", "trovati", "per", "te",
};
/// The words of help, one of which the question holds.
constexpr std::string_view k_feedback_help_en[] = {"helpful", "useful", "help", "helped"};
constexpr std::string_view k_feedback_help_es[] = {"útil", "útiles", "ayudado", "ayudó", "sirvió"};
constexpr std::string_view k_feedback_help_de[] = {"hilfreich", "nützlich", "geholfen", "weitergeholfen"};
constexpr std::string_view k_feedback_help_fr[] = {"utile", "utiles", "aidé", "aidée", "aidés"};
constexpr std::string_view k_feedback_help_pt[] = {"útil", "úteis", "ajudou"};
constexpr std::string_view k_feedback_help_it[] = {"utile", "utili", "aiutato", "aiutata"};
/// What was read, which a question standing without its buttons names ("this article").
constexpr std::string_view k_feedback_subjects_en[] = {
    "article", "page", "post", "story", "answer", "information", "info", "review", "guide", "content", "tip", "tips",
    "video", "reply", "entry",
};
constexpr std::string_view k_feedback_subjects_es[] = {
    "artículo", "página", "información", "respuesta", "reseña", "noticia", "contenido", "guía", "entrada",
    "publicación", "consejo", "consejos", "vídeo", "video", "nota",
};
constexpr std::string_view k_feedback_subjects_de[] = {
    "artikel", "seite", "beitrag", "text", "information", "informationen", "antwort", "bewertung", "rezension",
    "inhalt", "ratgeber", "tipp", "tipps", "video", "meldung",
};
constexpr std::string_view k_feedback_subjects_fr[] = {
    "article", "page", "information", "informations", "réponse", "avis", "contenu", "guide", "conseil", "conseils",
    "vidéo", "publication", "l'article", "l’article", "l'information", "l’information",
};
constexpr std::string_view k_feedback_subjects_pt[] = {
    "artigo", "página", "notícia", "informação", "informações", "resposta", "avaliação", "conteúdo", "guia", "post",
    "vídeo", "dica", "dicas", "matéria", "texto",
};
constexpr std::string_view k_feedback_subjects_it[] = {
    "articolo", "pagina", "recensione", "informazione", "informazioni", "risposta", "contenuto", "guida", "post",
    "video", "consiglio", "consigli", "notizia", "l'articolo", "l’articolo",
};
/// One language's three lists; a question's words must all come from one of them.
struct FeedbackWords {
  std::span<const std::string_view> frame, help, subjects;
};
constexpr FeedbackWords k_feedback_words[] = {
    {k_feedback_frame_en, k_feedback_help_en, k_feedback_subjects_en},
    {k_feedback_frame_es, k_feedback_help_es, k_feedback_subjects_es},
    {k_feedback_frame_de, k_feedback_help_de, k_feedback_subjects_de},
    {k_feedback_frame_fr, k_feedback_help_fr, k_feedback_subjects_fr},
    {k_feedback_frame_pt, k_feedback_help_pt, k_feedback_subjects_pt},
    {k_feedback_frame_it, k_feedback_help_it, k_feedback_subjects_it},
};
/// The widget's buttons after its question, in the six languages ("Yes No", "👍 Sì 👎 No").
constexpr std::string_view k_feedback_buttons[] = {
    "yes", "no", "ja", "nein", "sí", "si", "oui", "non", "sì", "sim", "não", "nao",
};

/// True when `word` holds a letter: an ASCII one, or the lead byte of a Latin, Greek or
/// Cyrillic one (an emoji, an arrow or a check mark holds none).
bool has_letter(std::string_view word) {
  for (char c : word) {
    auto b = static_cast<unsigned char>(c);
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= 0xC3 && b <= 0xD3)) return true;
  }
  return false;
}

/// The number of yes and no buttons `text` is made of, its other pieces marks, icons or counts
/// ("Yes (12) | No (3)", "👍 Sì 👎 No"); nullopt when a word of it is no such button.
std::optional<std::size_t> feedback_buttons(std::string_view text) {
  constexpr std::string_view k_breaks = " \t/|(),";
  std::size_t buttons = 0;
  for (std::size_t at = text.find_first_not_of(k_breaks); at != std::string_view::npos;) {
    std::size_t end = std::min(text.find_first_of(k_breaks, at), text.size());
    std::string_view piece = text.substr(at, end - at);
    if (has_letter(piece)) {
      if (!shape::is_one_of(shape::scratch_key(piece), k_feedback_buttons)) return std::nullopt;
      ++buttons;
    }
    at = text.find_first_not_of(k_breaks, end);
  }
  return buttons;
}

/// True when every word of `key` is one of `language`'s, one of them a word of help and, unless
/// `buttons`, one naming what was read.
bool is_feedback_frame(std::string_view key, const FeedbackWords& language, bool buttons) {
  bool help = false, subject = buttons;
  for (std::size_t at = 0; at <= key.size();) {
    std::size_t end = std::min(key.find(' ', at), key.size());
    std::string_view word = key.substr(at, end - at);
    if (shape::is_one_of(word, language.help)) help = true;
    else if (shape::is_one_of(word, language.subjects)) subject = true;
    else if (!shape::is_one_of(word, language.frame)) return false;
    at = end + 1;
  }
  return help && subject;
}

/// True when `text` is a feedback widget's question, alone or with its yes and no buttons after it.
bool is_feedback_question(std::string_view text) {
  if (text.size() > k_max_feedback_bytes) return false;
  std::size_t mark = text.find('?');
  if (mark == std::string_view::npos) return false;
  std::optional<std::size_t> buttons = feedback_buttons(text.substr(mark + 1));
  // The buttons come in pairs, or not at all (the tail may hold icons alone).
  if (!buttons || *buttons == 1) return false;
  std::string_view question = shape::trim(text.substr(0, mark));
  if (question.starts_with("\xC2\xBF")) question = shape::trim(question.substr(2));  // ¿
  if (question.empty()) return false;
  std::string_view key = shape::scratch_key(question);
  if (key.empty() || shape::key_word_count(key) > k_max_feedback_words) return false;
  for (const FeedbackWords& language : k_feedback_words)
    if (is_feedback_frame(key, language, *buttons >= 2)) return true;
  return false;
}

/// A call to vote is a few words.
constexpr std::size_t k_max_call_words = 6;

/// True when `key` (a few words) calls for a vote: a poll's button ("Vote now", "Participez au
/// sondage"), or a phrase that ends on a poll's header ("Vote in our poll", "Take part in our
/// reader poll", "Vota en nuestra encuesta").
bool is_vote_call(std::string_view key) {
  if (key.empty() || shape::key_word_count(key) > k_max_call_words) return false;
  if (is_one_of(key, k_buttons, k_whole_line_languages)) return true;
  std::size_t space = key.rfind(' ');
  std::string_view last = space == std::string_view::npos ? key : key.substr(space + 1);
  return shape::is_one_of(last, k_headers);
}

/// True when `text` is a call to vote, then ':' and the poll's answers on one line, the question
/// before it or not ("What did you think of it? Vote in our poll: Loved it / It was OK / Turned
/// it off", "Umfrage: Ja / Nein / Weiß nicht"). Answers with a figure are a poll's result as the
/// article reports it ("Voters in our poll chose: Smith 48% / Jones 41%"), and stay.
bool is_call_and_answers(std::string_view text) {
  std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon + 1 == text.size()) return false;
  std::string_view answers = text.substr(colon + 1);
  if (answers.find(" / ") == std::string_view::npos && answers.find(" | ") == std::string_view::npos) return false;
  if (std::any_of(answers.begin(), answers.end(), [](char c) { return shape::is_ascii_digit(c) || c == '%'; })) return false;
  std::string_view head = shape::trim(text.substr(0, colon));
  std::size_t asked = head.rfind("? ");
  if (asked != std::string_view::npos) {
    if (!is_question(head.substr(0, asked + 1))) return false;
    head = shape::trim(head.substr(asked + 2));
  }
  return is_vote_call(shape::without_final_stops(shape::scratch_key(head))) && !answer_row(answers).empty();
}

}  // namespace

namespace {

/// The marks that set a poll's results apart: dashes, a middle dot, a bar, a slash.
constexpr std::string_view k_result_marks[] = {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " \xC2\xB7 ", " | ", " / ", " - "};
/// A result names its answer in a few words.
constexpr std::size_t k_max_result_words = 5;

/// True when `part` is an answer and its share: a few words, a figure and '%' closing it ("Oui
/// 87 %", "Non 13%").
bool is_result(std::string_view part) {
  part = shape::trim(part);
  if (!part.ends_with('%') || shape::word_count(part) > k_max_result_words) return false;
  part = shape::trim(part.substr(0, part.size() - 1));
  std::size_t digits = part.size();
  while (digits > 0 && (shape::is_ascii_digit(part[digits - 1]) || part[digits - 1] == ',' || part[digits - 1] == '.'))
    --digits;
  return digits < part.size() && digits > 0 && part[digits - 1] == ' ';
}

/// "SONDAGE · Le futsal féminin mérite-t-il plus de matchs ? Oui 87 % — Non 13 % (1 904 votes)":
/// a question, then two answers or more with their shares, set apart by k_result_marks, and
/// perhaps the vote count in brackets; nothing else after the question.
bool is_question_and_results(std::string_view text) {
  std::size_t asked = text.find("? ");
  if (asked == std::string_view::npos) return false;
  std::string_view results = shape::trim(text.substr(asked + 2));
  if (results.ends_with(')')) {
    std::size_t open = results.rfind('(');
    if (open == std::string_view::npos ||
        !is_vote_count(shape::scratch_key(results.substr(open + 1, results.size() - open - 2))))
      return false;
    results = shape::trim(results.substr(0, open));
  }
  std::size_t count = 0;
  while (!results.empty()) {
    auto [cut, width] = shape::first_mark(results, k_result_marks);
    if (!is_result(results.substr(0, cut))) return false;
    ++count;
    if (cut == std::string_view::npos) break;
    results = results.substr(cut + width);
  }
  return count >= 2;
}

}  // namespace

std::optional<std::string> PollFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = shape::trim(doc.blocks[index].text);
  if (text.size() > k_max_bytes || text.empty()) return std::nullopt;
  ListLanguages languages = list_languages(doc);
  if (text.size() <= 2 * k_max_button_bytes && may_be_widget_key(text)) {
    // One key for the three tests of a short line: none of them keys anything itself.
    std::string_view key = shape::scratch_key(text);
    if (text.size() <= k_max_button_bytes && !opening_in(text, k_buttons, k_whole_line_languages).empty() &&
        is_one_of(key, k_buttons, k_whole_line_languages))
      return "a poll's button";
    if (text.size() <= k_max_button_bytes && is_vote_count(key)) return "a poll's vote count";
    if (is_button_or_count(key)) return "a poll's button";
  }
  if (is_feedback_question(text)) return "a feedback widget's question";
  // A call's colon or a question's mark, then answers set apart by a bar, a slash or a middle dot
  // (k_answer_separators): most lines hold neither the first nor the second.
  const bool asks = text.find('?') != std::string_view::npos;
  if ((asks || text.find(':') != std::string_view::npos) &&
      (text.find('/') != std::string_view::npos || text.find('|') != std::string_view::npos ||
       text.find("\xC2\xB7") != std::string_view::npos)) {
    if (is_call_and_answers(text)) return "a poll's call to vote and its answers";
    if (text.find("? ") != std::string_view::npos && is_question_answers_and_button(text))
      return "a poll's question, answers and button";
  }
  if (asks && is_question_and_marked_answers(text)) return "a poll's question and answers";
  if (asks && text.find('%') != std::string_view::npos && is_question_and_results(text))
    return "a poll's question and its results";
  if (is_rating_widget(text)) return "a rating widget and its vote count";
  std::size_t percent = percentage_at(text);
  if (percent == 0) return std::nullopt;
  std::string_view rest = shape::trim(text.substr(percent));
  auto group_at = [&](auto groups) { return shape::word_prefix_in(rest, groups); };
  if (first_in_lists(languages, k_group_lists, group_at).empty()) return std::nullopt;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_words) return std::nullopt;
  // No number: the widget's result, never filled in. A number: it must speak of the piece or ask for a vote.
  if (percent == 1 ||
      key_contains_any(key, k_widget_word_lists, languages))
    return "a reader poll's result";
  return std::nullopt;
}

void PollFilter::apply(Document& doc, std::string_view name) const {
  for (Block& block : doc.blocks)
    if (block.kept())
      if (auto reason = judge(doc, static_cast<std::size_t>(&block - doc.blocks.data())))
        mark_removed(block, name, std::move(*reason));
  // Above a button or vote count: the answers, then the question, then perhaps a header. A
  // run of short lines is taken only when a question heads it, so a list in the article stays.
  for (std::size_t i = 1; i < doc.blocks.size(); ++i) {
    // The widget's first button or count, which an earlier stage may have taken ("Vote" as a share button).
    const Block& anchor = doc.blocks[i];
    bool button = anchor.removed_by == name ||
                  (!anchor.kept() && anchor.text.size() <= 2 * k_max_button_bytes &&
                   may_be_widget_key(shape::trim(anchor.text)) && is_button_or_count(shape::scratch_key(anchor.text)));
    if (!button || doc.blocks[i - 1].removed_by == name) continue;
    std::vector<std::size_t> answers;
    std::size_t j = i;
    std::size_t question = doc.blocks.size();
    while (j > 0) {
      const Block& line = doc.blocks[--j];
      // An earlier stage may have taken the question already; the answers under it stay ours.
      if (is_question(line.text)) {
        question = j;
        break;
      }
      if (!line.kept()) continue;
      if (!is_answer(line.text) || answers.size() == k_max_answers) break;
      answers.push_back(j);
    }
    if (question == doc.blocks.size() || answers.size() < k_min_answers) continue;
    if (doc.blocks[question].kept()) mark_removed(doc.blocks[question], name, "a poll's question");
    for (std::size_t answer : answers) mark_removed(doc.blocks[answer], name, "a poll's answer");
    for (std::size_t k = question; k > 0; --k) {  // the header, above the question
      Block& header = doc.blocks[k - 1];
      if (!header.kept()) continue;
      if (header.text.size() <= k_max_button_bytes && shape::is_one_of(shape::scratch_key(header.text), k_headers))
        mark_removed(header, name, "a poll's header");
      break;
    }
  }
  // A header that carries its question ("Umfrage: Wer gewinnt ...?"), never the document's
  // first line (a headline about a poll), and the answer rows under it ("Sí | No", "○ A ○ B").
  std::size_t first = next_kept(doc, 0);
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    prefetch_text(doc, i + k_prefetch_blocks);
    Block& block = doc.blocks[i];
    bool widget = block.kept() && i != first && block.text.size() <= k_max_bytes && is_header_and_question(block.text);
    if (widget) mark_removed(block, name, "a poll's header and question");
    bool question = widget || (block.removed_by == name && is_question(block.text));
    if (!question) continue;
    for (std::size_t j = i + 1; j < doc.blocks.size(); ++j) {
      Block& row = doc.blocks[j];
      if (!row.kept()) {
        if (row.removed_by == name) continue;  // a button between rows
        // Another stage took the row as a menu's ("Oui / Non"): the row is still the poll's.
        if (!answer_row(row.text).empty()) continue;
        break;
      }
      if (answer_row(row.text).empty()) break;
      mark_removed(row, name, "a poll's answers");
    }
  }
  // A feedback widget's yes and no buttons on their own lines, under its question.
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (doc.blocks[i].removed_by != name || !is_feedback_question(doc.blocks[i].text)) continue;
    for (std::size_t j = i + 1; j < doc.blocks.size() && j <= i + k_max_feedback_button_lines; ++j) {
      Block& line = doc.blocks[j];
      if (!line.kept() || line.text.size() > k_max_button_bytes) break;
      std::optional<std::size_t> buttons = feedback_buttons(line.text);
      if (!buttons || *buttons == 0) break;
      mark_removed(line, name, "a feedback widget's button");
    }
  }
  // A bare results link right after a button or count.
  for (std::size_t i = 0; i + 1 < doc.blocks.size(); ++i) {
    if (doc.blocks[i].removed_by != name) continue;
    Block& next = doc.blocks[i + 1];
    if (next.kept() && next.text.size() <= k_max_button_bytes &&
        shape::is_one_of(shape::scratch_key(next.text), k_bare_results))
      mark_removed(next, name, "a poll's results link");
  }
}

}  // namespace pith
