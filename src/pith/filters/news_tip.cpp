// news-tip: calls for news tips and reader submissions, in six languages: "Got a news tip?
// Email us at ...", "Have a story idea? Contact our newsroom", "Want to write for us?",
// "Haben Sie einen Hinweis? Schreiben Sie uns", "¿Tienes una pista? Escríbenos".
#include "pith/filters/news_tip.h"

#include "pith/base/line_shape.h"
#include "pith/filters/reader_prompt.h"
#include "pith/language/word_lists.h"

namespace pith {

namespace {

/// A call is a line or two; longer is prose.
constexpr std::size_t k_max_bytes = 300;
constexpr std::size_t k_max_words = 40;
/// A bare call ("Submit a tip", "Write for us") needs nothing more when it is this short.
constexpr std::size_t k_max_bare_call_words = 6;

/// Questions that open a call; a '?' must follow on the line.
constexpr std::string_view k_questions_en[] = {
    "got a tip", "got a news tip", "got a story", "got a story idea", "have a tip", "have a news tip", "have a story",
    "have a story idea", "do you have a tip", "do you have a news tip", "do you have a story",
    "do you have information", "do you know something", "know something we should", "want to write for us",
    "would you like to write for us", "interested in writing for us", "want to contribute",
    "would you like to contribute", "interested in contributing",
    // A witness's call: what the reader saw, for the newsroom (a police appeal names no "us").
    "did you witness", "have you witnessed", "were you a witness", "did you see what happened", "did you see something",
};
constexpr std::string_view k_questions_es[] = {
    "tienes una pista", "tienes información", "tienes una noticia", "tiene información", "quieres escribir para",
    "quieres colaborar con",
    // English's roles: a tip, a story or its idea, writing or contributing for the site.
    "tienes una historia", "tienes una idea", "tienes un tema", "quieres contribuir", "te gustaría escribir",
    "te interesa escribir",
    "fuiste testigo", "has sido testigo", "fue testigo", "presenciaste", "viste algo", "vio algo",
};
constexpr std::string_view k_questions_de[] = {
    "haben sie einen hinweis", "haben sie informationen", "hast du einen hinweis", "sie haben einen hinweis",
    "wissen sie mehr", "möchten sie für uns schreiben", "sie möchten für uns schreiben", "möchtest du für uns schreiben",
    "haben sie einen tipp", "hast du einen tipp", "haben sie eine geschichte", "haben sie eine themenidee",
    "sie wissen etwas",
    "sie haben etwas beobachtet", "haben sie etwas beobachtet", "sie haben etwas gesehen", "haben sie etwas gesehen",
    "hast du etwas beobachtet", "hast du etwas gesehen", "waren sie zeuge", "sie waren zeuge",
};
constexpr std::string_view k_questions_fr[] = {
    "vous avez une info", "vous avez des informations", "vous avez une information", "vous souhaitez écrire pour",
    "vous voulez écrire pour", "vous avez une histoire", "vous avez une idée de sujet", "vous avez un tuyau",
    "vous souhaitez contribuer", "envie d'écrire pour",
    "vous avez été témoin", "avez-vous été témoin", "vous avez vu quelque chose", "avez-vous vu quelque chose",
};
constexpr std::string_view k_questions_pt[] = {
    "tem uma sugestão de pauta", "tem uma denúncia", "tem alguma informação", "tem uma informação",
    "quer escrever para", "tem uma dica", "tem uma história", "tem uma ideia de pauta", "quer colaborar",
    "gostaria de escrever para",
    "você presenciou", "presenciou", "você viu algo", "viu algo", "foi testemunha", "testemunhou",
};
constexpr std::string_view k_questions_it[] = {
    "hai una segnalazione", "hai una notizia", "hai informazioni", "vuoi scrivere per", "vuoi collaborare con",
    "hai una storia", "hai un'idea", "hai una dritta", "ti piacerebbe scrivere per", "vuoi contribuire",
    "hai visto qualcosa",
    "hai assistito", "sei stato testimone", "siete stati testimoni",
};
constexpr LanguageWords k_question_lists[] = {
    {ListLanguage::en, k_questions_en}, {ListLanguage::es, k_questions_es}, {ListLanguage::de, k_questions_de},
    {ListLanguage::fr, k_questions_fr}, {ListLanguage::pt, k_questions_pt}, {ListLanguage::it, k_questions_it},
};
constexpr LanguagePhrases<total_words(k_question_lists)> k_questions{k_question_lists};

/// Imperatives and conditionals that open a call.
constexpr std::string_view k_calls_en[] = {
    "send us your tips", "send us your news tips", "send us a tip", "send us a news tip", "send us your story",
    "send us your news", "send us your stories",
    "send your tips", "send news tips", "submit a tip", "submit a news tip", "submit your tip", "submit a story",
    "submit your story", "submit an op-ed", "submit a guest post", "submit your guest post", "write for us",
    "if you have a tip", "if you have a news tip", "if you have a story idea", "if you would like to write",
    "if you would like to submit", "if you'd like to write", "if you'd like to submit", "if you want to write for us",
    "tips can be sent to", "news tips can be sent to", "to submit a tip", "to submit an op-ed", "to submit a story",
};
constexpr std::string_view k_calls_es[] = {
    "envíanos tu pista", "envíanos tus pistas", "envíanos tu noticia", "envíanos tu denuncia", "escribe para nosotros",
    "si tienes información", "si tienes una pista",
};
constexpr std::string_view k_calls_de[] = {
    "schicken sie uns ihre hinweise", "schicken sie uns ihren hinweis", "senden sie uns ihre hinweise",
    "hinweise bitte an", "wenn sie hinweise haben", "schreiben sie für uns",
};
constexpr std::string_view k_calls_fr[] = {
    "envoyez-nous vos infos", "envoyez-nous vos informations", "envoyez-nous votre info", "écrivez pour nous",
    "si vous avez des informations", "si vous avez une info",
};
constexpr std::string_view k_calls_pt[] = {
    "envie sua sugestão de pauta", "envie sua denúncia", "envie sua notícia", "escreva para nós",
    // Portugal's clitic after the verb ("Envie-nos a sua notícia ou sugestão").
    "envie-nos a sua notícia", "envie-nos a sua sugestão", "envie-nos as suas notícias", "mande-nos a sua notícia",
    "se você tem uma informação", "se você tem uma denúncia",
};
constexpr std::string_view k_calls_it[] = {
    "inviaci la tua segnalazione", "inviaci le tue segnalazioni", "inviaci la tua notizia", "scrivi per noi",
    "inviaci foto e segnalazioni", "inviaci foto", "inviaci le tue foto",
    "se hai una segnalazione", "se hai informazioni",
};
constexpr LanguageWords k_call_lists[] = {
    {ListLanguage::en, k_calls_en}, {ListLanguage::es, k_calls_es}, {ListLanguage::de, k_calls_de},
    {ListLanguage::fr, k_calls_fr}, {ListLanguage::pt, k_calls_pt}, {ListLanguage::it, k_calls_it},
};
constexpr LanguagePhrases<total_words(k_call_lists)> k_calls{k_call_lists};

/// What makes a call the site's, after its opening: who it is addressed to ("us", the newsroom,
/// its editors, an address) or what it asks for (a guest post, a submission under guidelines).
/// Police appeals name none of these ("call Crime Stoppers").
constexpr std::string_view k_addressees_shared[] = {"@", "email", "e-mail", "whatsapp"};
constexpr std::string_view k_addressees_en[] = {
    " us ", " us,", " us:", " us.", "newsroom", "our editors", "the editors", "our reporters", "reporter", "tip line", "tipline",
    "guidelines", "submission", "guest post", "our team",
};
constexpr std::string_view k_addressees_es[] = {" nos", "escríbenos", "redacción", "contáctanos", "nuestro equipo"};
constexpr std::string_view k_addressees_de[] = {" uns", "redaktion", "unser team"};
constexpr std::string_view k_addressees_fr[] = {" nous", "-nous", "rédaction", "notre équipe"};
constexpr std::string_view k_addressees_pt[] = {" nos", "-nos", " nós", "redação", "nossa equipe"};
constexpr std::string_view k_addressees_it[] = {" ci ", "scrivici", "contattaci", "redazione", "la nostra squadra"};
constexpr LanguageWords k_addressee_lists[] = {
    {ListLanguage::en, k_addressees_en}, {ListLanguage::es, k_addressees_es}, {ListLanguage::de, k_addressees_de},
    {ListLanguage::fr, k_addressees_fr}, {ListLanguage::pt, k_addressees_pt}, {ListLanguage::it, k_addressees_it},
};

/// What a reader may send in, as a call's question lists them ("Une info, une photo, une vidéo ?",
/// "Ein Foto, ein Video, ein Hinweis?"): nouns of the six languages, singular and plural; the
/// list's items are checked by their last word.
constexpr std::string_view k_submissions[] = {
    "tip", "tips", "story", "photo", "photos", "picture", "pictures", "video", "videos", "info", "information",
    "infos", "informations", "vidéo", "vidéos", "témoignage", "témoignages", "hinweis", "hinweise", "tipp", "tipps",
    "foto", "fotos", "bild", "bilder", "pista", "noticia", "vídeo", "vídeos", "denuncia", "información",
    "testimonio", "denúncia", "notícia", "informação", "sugestão", "flagrante", "segnalazione", "segnalazioni",
    "notizia", "informazione", "testimonianza",
};
/// Words that join a list's last item ("a photo or a video", "une photo ou une vidéo").
constexpr std::string_view k_list_joins[] = {"or", "and", "ou", "et", "oder", "und", "o", "y", "e", "u"};
/// The newsroom a list's call sends the reader to, in the six languages.
constexpr std::string_view k_newsrooms[] = {"newsroom", "news desk", "rédaction", "redaktion", "redacción",
                                            "redação", "redazione"};
/// A listed item is a noun with an article or a word before it, at most.
constexpr std::size_t k_max_item_words = 3;
/// The question lists this many items at most ("Une info, une photo, une vidéo, un témoignage ?").
constexpr std::size_t k_max_items = 5;

/// A question listing what a reader may send in: its bytes in the key and its items.
struct SubmissionList {
  std::size_t bytes = 0;  ///< through its '?'; 0 when the line opens with no such question
  std::size_t items = 0;
};

/// The question's bytes up to its '?', at most: the longest list of k_max_items items.
constexpr std::size_t k_max_question_bytes = 96;

/// The question that opens `text` when it is nothing but a list of what a reader may send in
/// (k_submissions), closed by '?' (its bytes count in `text`).
SubmissionList submission_list_question(std::string_view text) {
  std::size_t mark = text.substr(0, k_max_question_bytes).find('?');
  if (mark == std::string_view::npos || mark == 0) return {};
  char buffer[k_max_question_bytes];
  std::string_view lower = shape::lower_ascii_into(text.substr(0, mark), buffer, sizeof buffer);
  std::size_t items = 0, words = 0;
  std::string_view last;
  bool ok = true;
  // Each word is an item's (its last word a submission), or a comma or a join closes an item.
  std::string_view question = shape::trim(lower);
  if (question.starts_with("\xC2\xBF")) question.remove_prefix(2);  // Spanish opens with "¿"
  shape::each_word(question, [&](std::string_view word) {
    bool closes = word.ends_with(',');
    if (closes) word.remove_suffix(1);
    if (shape::is_one_of(word, k_list_joins) && words > 0) {
      closes = true;
      word = {};
    } else {
      last = word;
      ++words;
    }
    if (closes || words > k_max_item_words) {
      if (words == 0 || words > k_max_item_words || !shape::is_one_of(last, k_submissions)) return ok = false;
      ++items;
      words = 0;
    }
    return true;
  });
  if (!ok || words == 0 || !shape::is_one_of(last, k_submissions) || ++items > k_max_items) return {};
  return {mark + 1, items};
}

}  // namespace

std::optional<std::string> NewsTipFilter::judge(const Document& doc, std::size_t index) const {
  ListLanguages languages = list_languages(doc);
  std::string_view text = doc.blocks[index].text;
  auto prompt = prompt_opening(text, k_questions, k_calls, languages, k_max_bytes, k_max_words);
  if (!prompt) {
    // A question listing what the reader may send, then whom to send it to ("Une info, une photo,
    // une vidéo ? Contactez la rédaction au ..."); one thing alone, then an address ("Un
    // témoignage ? Écrivez-nous à ...@..."), as "Une photo ? Le maire l'a trouvée ..." is prose.
    if (text.size() > k_max_bytes) return std::nullopt;
    SubmissionList list = submission_list_question(text);
    if (list.bytes == 0) return std::nullopt;
    std::string_view key = shape::scratch_key(text.substr(list.bytes));
    if (shape::key_word_count(key) > k_max_words) return std::nullopt;
    std::string_view rest = shape::scratch_padded(key);
    if (list.items == 1 ? rest.find('@') != std::string_view::npos
                        : shape::key_contains_any(rest, k_addressees_shared) ||
                              shape::key_contains_any(rest, k_newsrooms) || shape::holds_phone_number(rest))
      return "a call for news tips or submissions";
    return std::nullopt;
  }
  if (prompt->words <= k_max_bare_call_words) return "a call for news tips or submissions";
  // The addressee is looked for past the opening, so "write for us" does not address itself.
  std::size_t past = prompt->key.find(prompt->phrase);
  std::string_view rest = shape::scratch_padded(
      past == std::string_view::npos ? prompt->key : prompt->key.substr(past + prompt->phrase.size()));
  if (shape::key_contains_any(rest, k_addressees_shared) ||
      key_contains_any(rest, k_addressee_lists, languages))
    return "a call for news tips or submissions";
  return std::nullopt;
}

}  // namespace pith
