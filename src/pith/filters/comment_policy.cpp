// comment-policy: a site's rules for its comment section ("Please adhere to our commenting
// policy ...", "Comments are moderated") and the comment box's own lines ("Comments are closed",
// "Leave a reply", "12 Comments"), in six languages.
#include "pith/filters/comment_policy.h"

#include <algorithm>
#include <span>

#include "pith/base/line_pairs.h"
#include "pith/base/pair_gate.h"
#include "pith/base/line_shape.h"
#include "pith/base/pair_scan.h"
#include "pith/filters/reader_prompt.h"
#include "pith/language/word_lists.h"

namespace pith {

namespace {

/// A policy runs to a few sentences; longer is an article paragraph.
constexpr std::size_t k_max_bytes = 800;
constexpr std::size_t k_max_words = 120;
/// The comment box's own lines are a few words.
constexpr std::size_t k_max_label_bytes = 80;

/// Whole lines of the comment box (compared with shape::key(); "Comments" and "Leave a
/// comment" alone are the loading filter's placeholders).
constexpr std::string_view k_box_lines_en[] = {
    "comments are closed", "comments closed", "commenting is closed", "leave a reply", "post a comment",
    "join the discussion", "join the conversation", "be the first to comment", "no comments yet", "write a comment",
    "comment policy", "commenting policy", "comments policy", "comment on this story", "comment on this article",
    "reader comments", "your comments", "add your comment", "leave your comment", "discuss this article",
    "comments are moderated", "all comments are moderated", "no comments", "reply", "report comment", "report abuse",
    "report this comment", "flag comment", "be the first to reply", "cancel reply", "have your say",
    "be the first to have your say",
    // The link that opens the thread, and a guest book's call beside its count ("12 tributes · Add yours").
    "show comments", "view comments", "show the comments", "view the comments", "show discussion",
    "view discussion", "show the discussion", "view the discussion", "add yours", "add your own",
    // The form's hint under its e-mail field, alone on its line.
    "will not be published", "will never be published",
};
constexpr std::string_view k_box_lines_es[] = {
    "los comentarios están cerrados", "comentarios cerrados", "deja un comentario", "deja tu comentario",
    "dejá un comentario", "dejá tu comentario", "dejanos tu comentario", "comentá",
    "escribe un comentario", "sé el primero en comentar", "normas de participación",
    "déjanos tu opinión en los comentarios", "comenta esta noticia", "comenta la noticia", "comentarios",
    "tu comentario", "comentarios de los lectores", "deja aquí tu comentario", "añade un comentario",
    "los comentarios están moderados", "comentarios moderados", "todavía no hay comentarios", "aún no hay comentarios",
    "no hay comentarios", "responder", "denunciar", "denunciar comentario", "reportar comentario", "reportar abuso",
    "sé el primero en opinar", "cancelar la respuesta", "cancelar respuesta", "deja una respuesta",
    // The English list's roles in the formal and informal forms: write or post a comment, leave a
    // reply, join the discussion, no comments yet, your comment.
    "escriba un comentario", "escribir un comentario", "publica un comentario", "publicar un comentario",
    "publicar comentario", "deje un comentario", "deje su comentario", "dejar un comentario", "deje una respuesta",
    "dejar una respuesta", "únete a la conversación", "participa en la conversación", "únete al debate",
    "su comentario", "tus comentarios", "sus comentarios",
    "no será publicado", "no será publicada", "no se publicará",
    "ver comentarios", "ver los comentarios", "mostrar comentarios", "mostrar los comentarios", "ver la discusión",
    "añade el tuyo", "deja el tuyo",
};
constexpr std::string_view k_box_lines_de[] = {
    "die kommentarfunktion ist geschlossen", "kommentarfunktion geschlossen", "kommentar schreiben",
    "schreiben sie einen kommentar", "diskutieren sie mit", "kommentarrichtlinien", "netiquette",
    "jetzt mitdiskutieren", "jetzt kommentieren", "kommentieren sie diesen artikel", "artikel kommentieren",
    "kommentare", "leserkommentare", "ihr kommentar", "kommentar verfassen", "kommentieren",
    "kommentare werden moderiert", "alle kommentare werden moderiert", "schreiben sie den ersten kommentar",
    "schreib den ersten kommentar", "seien sie der erste, der kommentiert", "sei der erste, der kommentiert",
    "noch keine kommentare", "keine kommentare", "antworten", "melden", "kommentar melden", "beitrag melden",
    "missbrauch melden", "antworten abbrechen", "schreibe einen kommentar", "hinterlasse einen kommentar",
    // The English list's roles in the plural and in the formal and informal forms: write or post a
    // comment, leave a reply, join the discussion, your comment, cancel the reply.
    "kommentare schreiben", "einen kommentar schreiben", "schreib einen kommentar", "kommentar hinterlassen",
    "hinterlassen sie einen kommentar", "kommentar hinzufügen", "kommentar abgeben", "kommentar abschicken",
    "kommentar absenden", "hinterlasse eine antwort", "hinterlassen sie eine antwort", "antwort hinterlassen",
    "diskutiere mit", "dein kommentar", "deine kommentare", "ihre kommentare",
    "antwort abbrechen", "keine kommentare vorhanden", "noch keine kommentare vorhanden",
    "wird nicht veröffentlicht", "wird niemals veröffentlicht",
    "diskussion anzeigen", "kommentare anzeigen", "alle kommentare anzeigen", "zur diskussion",
    "diskussion öffnen", "kommentare öffnen", "kommentare lesen", "kondolenz schreiben", "jetzt kondolieren",
};
constexpr std::string_view k_box_lines_fr[] = {
    "les commentaires sont fermés", "commentaires fermés", "laisser un commentaire", "laissez un commentaire",
    "écrire un commentaire", "soyez le premier à commenter", "charte de modération", "réagir",
    "commenter cet article", "réagir à cet article", "commentaires", "vos commentaires", "vos réactions",
    "ajouter un commentaire", "votre commentaire",
    "les commentaires sont modérés", "soyez le premier à réagir", "soyez la première à réagir", "répondre", "signaler",
    // Both genders, as inclusive writing names them.
    "soyez la première ou le premier à réagir", "soyez le premier ou la première à réagir",
    "soyez la première ou le premier à commenter", "soyez le premier ou la première à commenter",
    "signaler un abus", "signaler ce commentaire", "signaler un contenu", "aucun commentaire",
    "aucun commentaire pour le moment",
    "réagissez à cet article", "réagissez", "commentez cet article", "annuler la réponse", "laisser une réponse",
    // The English list's roles in the formal and informal forms: write or post a comment, leave a
    // reply, join the discussion, no comments yet, your comment.
    "écrivez un commentaire", "publier un commentaire", "poster un commentaire", "laisse un commentaire",
    "laissez une réponse", "rejoignez la discussion", "participez à la discussion", "participer à la discussion",
    "pas encore de commentaire", "pas encore de commentaires", "ton commentaire", "annuler réponse",
    "ne sera pas publié", "ne sera pas publiée", "ne sera jamais publié",
    "afficher les commentaires", "voir les commentaires", "afficher la discussion", "voir la discussion",
    "afficher les réactions", "voir les réactions", "lire les réactions",
    "ajoutez le vôtre", "ajouter le vôtre",
};
constexpr std::string_view k_box_lines_pt[] = {
    "os comentários estão fechados", "comentários fechados", "deixe um comentário", "deixe seu comentário",
    "escreva um comentário", "seja o primeiro a comentar", "política de comentários", "comente esta notícia",
    "comentar notícia", "comentários", "deixe o seu comentário", "comentários dos leitores", "o seu comentário",
    "seu comentário",
    "comentários encerrados", "os comentários são moderados", "responder", "denunciar", "denunciar comentário",
    "denunciar abuso", "ainda não há comentários", "sem comentários", "seja o primeiro a comentar esta notícia",
    "cancelar resposta", "deixe uma resposta",
    // The English list's roles in the formal and informal forms: write or post a comment, leave a
    // reply, join the discussion, no comments yet, your comment, cancel the reply.
    "escreve um comentário", "escrever um comentário", "publicar comentário", "publicar um comentário",
    "enviar comentário", "deixa um comentário", "deixar um comentário", "deixe a sua resposta", "deixa uma resposta",
    "deixar uma resposta", "participe da conversa", "participe da discussão", "junte-se à conversa",
    "nenhum comentário", "ainda sem comentários", "o teu comentário", "cancelar a resposta",
    "não será publicado", "não será publicada",
    "ver comentários", "ver os comentários", "mostrar comentários", "mostrar os comentários", "ver a discussão",
    "adicione o seu", "deixe o seu",
};
constexpr std::string_view k_box_lines_it[] = {
    "i commenti sono chiusi", "commenti chiusi", "lascia un commento", "scrivi un commento", "commenta per primo",
    "scrivi il primo commento",
    "policy dei commenti", "regole dei commenti", "commenta la notizia", "commenta l'articolo",
    "commenta questo articolo", "commenti", "i vostri commenti", "lascia il tuo commento", "il tuo commento",
    "commenti dei lettori",
    "i commenti sono moderati", "sii il primo a commentare", "rispondi", "segnala", "segnala abuso",
    "segnala un abuso", "segnala commento", "nessun commento", "ancora nessun commento", "annulla risposta",
    "lascia una risposta",
    // The English list's roles in the formal and informal forms: write or post a comment, leave a
    // reply, join the discussion, your comment, cancel the reply.
    "scrivete un commento", "scrivere un commento", "pubblica un commento", "aggiungi un commento",
    "invia commento", "lasciate un commento", "partecipa alla discussione", "unisciti alla discussione",
    "partecipa alla conversazione", "il vostro commento", "annulla la risposta",
    "non sarà pubblicato", "non sarà pubblicata", "non verrà pubblicato", "non verrà pubblicata",
    "mostra commenti", "mostra i commenti", "vedi commenti", "vedi i commenti", "vedi la discussione",
    "aggiungi il tuo", "lascia il tuo",
};
constexpr LanguageWords k_box_line_lists[] = {
    {ListLanguage::en, k_box_lines_en}, {ListLanguage::es, k_box_lines_es}, {ListLanguage::de, k_box_lines_de},
    {ListLanguage::fr, k_box_lines_fr}, {ListLanguage::pt, k_box_lines_pt}, {ListLanguage::it, k_box_lines_it},
};
constexpr LanguagePhrases<total_words(k_box_line_lists)> k_box_lines{k_box_line_lists};

/// The box's count of comments: "12 Comments", "1 comentario"; an obituary's guest book counts
/// its messages of condolence the same way ("12 tributes", "8 Kondolenzen", "5 condolencias").
constexpr std::string_view k_count_words_en[] = {"comment", "comments", "reply", "replies", "tributes", "condolences"};
constexpr std::string_view k_count_words_es[] = {"comentario", "comentarios", "respuestas", "condolencias"};
constexpr std::string_view k_count_words_de[] = {"kommentar", "kommentare", "antworten", "kondolenzen",
                                                 "beileidsbekundungen"};
constexpr std::string_view k_count_words_fr[] = {"commentaire", "commentaires", "réponses", "condoléances",
                                                 "hommages", "réaction", "réactions"};
constexpr std::string_view k_count_words_pt[] = {"comentário", "comentários", "respostas", "condolências",
                                                 "homenagens"};
constexpr std::string_view k_count_words_it[] = {"commento", "commenti", "risposte", "condoglianze"};
constexpr LanguageWords k_count_word_lists[] = {
    {ListLanguage::en, k_count_words_en}, {ListLanguage::es, k_count_words_es}, {ListLanguage::de, k_count_words_de},
    {ListLanguage::fr, k_count_words_fr}, {ListLanguage::pt, k_count_words_pt}, {ListLanguage::it, k_count_words_it},
};
/// The count words as a line may open with them ("Kommentare (14) – ...").
constexpr LanguagePhrases<total_words(k_count_word_lists)> k_count_words{k_count_word_lists};

/// How a policy names the readers' comments (keyed, lower case): as the site's comment section
/// or its rules, not as anyone's remarks ("His comments created a stir" is news).
constexpr std::string_view k_comment_subjects_en[] = {
    "comment policy", "commenting policy", "comments policy", "comment guidelines", "commenting guidelines",
    "community guidelines", "community standards", "comments are", "comments that", "comments which", "comments will",
    "comments may", "comments must", "comments should", "comments containing", "any comment", "your comment",
    "all comments", "comment section", "comments section", "reader comments", "remove comments", "delete comments",
    "netiquette", "comments expressed", "comments posted", "comments published", "in the comments",
};
constexpr std::string_view k_comment_subjects_es[] = {
    "los comentarios", "comentarios que", "comentarios ofensivos", "normas de participación", "mensajes ofensivos",
    "tu comentario",
};
constexpr std::string_view k_comment_subjects_de[] = {
    "die kommentare", "kommentare mit", "kommentare, die", "kommentarrichtlinien", "ihren kommentar", "netiquette",
    // Austria's word for a reader's comment.
    "postings", "die postings",
};
constexpr std::string_view k_comment_subjects_fr[] = {
    "les commentaires", "commentaires qui", "tout commentaire", "charte de modération", "netiquette",
};
constexpr std::string_view k_comment_subjects_pt[] = {
    "os comentários", "comentários que", "comentários ofensivos", "política de comentários",
};
constexpr std::string_view k_comment_subjects_it[] = {
    "i commenti", "commenti che", "commenti offensivi", "policy dei commenti", "netiquette",
};
constexpr LanguageWords k_comment_subject_lists[] = {
    {ListLanguage::en, k_comment_subjects_en}, {ListLanguage::es, k_comment_subjects_es},
    {ListLanguage::de, k_comment_subjects_de}, {ListLanguage::fr, k_comment_subjects_fr},
    {ListLanguage::pt, k_comment_subjects_pt}, {ListLanguage::it, k_comment_subjects_it},
};
constexpr LanguageNeedles<total_words(k_comment_subject_lists)> k_comment_subjects{k_comment_subject_lists};

/// Pieces of those words without their first letter (which a sentence may capitalise), for a
/// plain find on every line.
// (With German's "Forenregeln", a forum's rules.)
constexpr shape::Needles k_comment_fragments{{"mment", "menta", "mentá", "quette", "mmunity", "orenregel"}};
constexpr shape::PairSet k_comment_fragment_pairs{k_comment_fragments.needles};
/// The same pieces, for the lines whose signature may hold one: found in one pass by their
/// byte pairs ("mm", "me", "qu"), where a memchr for their rarest byte stops at every 'm'.
constexpr shape::PairNeedles k_comment_fragment_scan{{"mment", "menta", "mentá", "quette", "mmunity", "orenregel"}};
/// A box's login notice may name the discussion instead ("Sign in to join the discussion", "Zum
/// Mitdiskutieren bitte anmelden", French's "pour réagir"): looked for on short lines only, as
/// prose discusses often.
constexpr shape::Needles k_discussion_fragments{{"discus", "diskut", "r\xC3\xA9" "ag"}};
constexpr shape::PairSet k_discussion_fragment_pairs{k_discussion_fragments.needles};

/// Pieces of k_abuse_words without their first letter, for a plain find on short lines.
constexpr shape::Needles k_abuse_fragments{{"busiv", "ffensiv", "njuri", "nsult", "eleidig", "iffama", "fensiv", "ngiuri"}};
constexpr shape::PairSet k_abuse_fragment_pairs{k_abuse_fragments.needles};

/// The comment rules named as such: with the site's voice, naming them is the policy.
constexpr std::string_view k_policy_names_en[] = {
    "comment policy", "commenting policy", "comments policy", "comment guidelines", "commenting guidelines",
    "community guidelines", "community standards", "netiquette",
};
constexpr std::string_view k_policy_names_es[] = {"normas de participación", "reglas de participación",
                                                  "normas de la comunidad"};
constexpr std::string_view k_policy_names_de[] = {"kommentarrichtlinien", "netiquette", "kommentarregeln",
                                                  "diskussionsregeln", "community-richtlinien", "forenregeln"};
constexpr std::string_view k_policy_names_fr[] = {"charte de modération", "netiquette", "règles de participation",
                                                  "règles de modération"};
constexpr std::string_view k_policy_names_pt[] = {"política de comentários", "regras de participação",
                                                  "normas de participação"};
constexpr std::string_view k_policy_names_it[] = {"policy dei commenti", "netiquette", "regole della community",
                                                  "regole di partecipazione"};
constexpr LanguageWords k_policy_name_lists[] = {
    {ListLanguage::en, k_policy_names_en}, {ListLanguage::es, k_policy_names_es},
    {ListLanguage::de, k_policy_names_de}, {ListLanguage::fr, k_policy_names_fr},
    {ListLanguage::pt, k_policy_names_pt}, {ListLanguage::it, k_policy_names_it},
};
constexpr LanguageNeedles<total_words(k_policy_name_lists)> k_policy_names{k_policy_name_lists};

/// What a policy does to comments: moderation, removal, bans, refusal to publish.
constexpr std::string_view k_policy_phrases_en[] = {
    "moderated", "moderation", "moderator", "reserve the right", "reserves the right", "be removed", "be deleted",
    "banned", "be ban",
    "spam", "off-topic", "off topic", "abusive", "not be published", "not published",
    // Read by the site before they appear ("Comments are read by our team before they appear").
    "before they appear", "before they are published", "before publication",
    // The civility a box asks for, and the rules it points to ("Please keep it civil and on topic").
    "keep it civil", "be civil", "stay civil", "stay on topic", "keep it on topic", "be respectful", "house rules",
    // The abuse barred, named after "no" ("No insults, no spam").
    "no insults", "no personal attacks", "no abuse",
};
constexpr std::string_view k_policy_phrases_es[] = {"moderad", "se moderan", "nos reservamos", "eliminad", "borrad", "spam",
                                                    "no se publicar", "no se publican", "no serán publicad",
                                                    "sé respetuoso", "sea respetuoso", "sean respetuosos",
                                                    "sin insultos", "nada de insultos"};
constexpr std::string_view k_policy_phrases_de[] = {"moderiert", "behalten uns", "gelöscht", "entfernt", "spam",
                                                    "nicht veröffentlicht", "nicht freigeschaltet", "freischaltung",
                                                    "bleiben sie sachlich", "bleibt sachlich", "hausregeln",
                                                    "keine beleidigungen"};
constexpr std::string_view k_policy_phrases_fr[] = {
    "modéré", "modération", "nous nous réservons", "supprimé", "spam", "pas publiés", "pas publié",
    "restez courtois", "soyez courtois", "soyez respectueux", "pas d'insultes", "aucune insulte",
};
constexpr std::string_view k_policy_phrases_pt[] = {"moderad", "reservamo-nos", "removid", "excluíd", "spam",
                                                    "não são publicad", "não serão publicad",
                                                    "seja respeitoso", "sejam respeitosos", "sem insultos",
                                                    "nada de insultos"};
constexpr std::string_view k_policy_phrases_it[] = {
    "moderat", "moderazione", "ci riserviamo", "rimoss", "cancellat", "spam", "non saranno pubblicat",
    "non verranno pubblicat", "non vengono pubblicat", "siate rispettosi", "sii rispettoso", "niente insulti",
    "nessun insulto",
};
constexpr LanguageWords k_policy_phrase_lists[] = {
    {ListLanguage::en, k_policy_phrases_en}, {ListLanguage::es, k_policy_phrases_es},
    {ListLanguage::de, k_policy_phrases_de}, {ListLanguage::fr, k_policy_phrases_fr},
    {ListLanguage::pt, k_policy_phrases_pt}, {ListLanguage::it, k_policy_phrases_it},
};
constexpr LanguageNeedles<total_words(k_policy_phrase_lists)> k_policy_phrases{k_policy_phrase_lists};

/// The site speaking to its readers; a news report about another site's policy has none.
constexpr std::string_view k_site_voice_en[] = {" our ", " we ", "please", " you ", " your ", "you're", " us "};
constexpr std::string_view k_site_voice_es[] = {
    "nuestr", "nos reservamos", " nos ", " usted", " tu ", " tus ", "por favor",
};
constexpr std::string_view k_site_voice_de[] = {" unser", " wir ", " sie ", " ihre ", "bitte"};
constexpr std::string_view k_site_voice_fr[] = {
    " nous ", " notre", " nos ", " vous ", " votre", " vos ", " tu ", "merci de",
};
constexpr std::string_view k_site_voice_pt[] = {
    " nosso", " nossa", " nos ", "reservamo-nos", " você", " seu ", " sua ", "por favor",
};
constexpr std::string_view k_site_voice_it[] = {
    " nostr", " ci riserviamo", " vi ", " vostr", " tu ", "si prega", "ti preghiamo",
};
constexpr LanguageWords k_site_voice_lists[] = {
    {ListLanguage::en, k_site_voice_en}, {ListLanguage::es, k_site_voice_es},
    {ListLanguage::de, k_site_voice_de}, {ListLanguage::fr, k_site_voice_fr},
    {ListLanguage::pt, k_site_voice_pt}, {ListLanguage::it, k_site_voice_it},
};
constexpr LanguageNeedles<total_words(k_site_voice_lists)> k_site_voice{k_site_voice_lists};

/// The future passive a rule states what happens to comments in, impersonally ("Offensive
/// comments will be removed", "I commenti offensivi verranno rimossi"): the site's voice too.
constexpr std::string_view k_rule_futures_en[] = {" will be "};
constexpr std::string_view k_rule_futures_es[] = {" serán ", " será "};
constexpr std::string_view k_rule_futures_de[] = {" werden "};
constexpr std::string_view k_rule_futures_fr[] = {" seront ", " sera "};
constexpr std::string_view k_rule_futures_pt[] = {" serão ", " será "};
constexpr std::string_view k_rule_futures_it[] = {" verranno ", " saranno ", " verrà ", " sarà "};
constexpr LanguageWords k_rule_future_lists[] = {
    {ListLanguage::en, k_rule_futures_en}, {ListLanguage::es, k_rule_futures_es},
    {ListLanguage::de, k_rule_futures_de}, {ListLanguage::fr, k_rule_futures_fr},
    {ListLanguage::pt, k_rule_futures_pt}, {ListLanguage::it, k_rule_futures_it},
};
/// An impersonal rule is a sentence or two, its sentence short.
constexpr std::size_t k_max_impersonal_rule_words = 30;
constexpr std::size_t k_max_rule_sentence_words = 12;
/// The rule's subject opens its sentence: within its first words.
constexpr std::size_t k_max_rule_subject_words = 3;
/// Or the abuse the rule bars names its subject ("Abusive or tribal remarks will be deleted",
/// "les propos injurieux ... ne seront pas publiés"): stems in the six languages, keyed.
constexpr std::string_view k_abuse_words[] = {
    " abusive", " offensive", " insulting", " injurieu", " insultant", " diffamatoire", " ofensiv", " injurios",
    " beleidigend", " offensiv", " ingiurios", " diffamatori",
};

/// "I commenti offensivi o fuori tema verranno rimossi.", "Los mensajes ofensivos serán
/// eliminados por el moderador.": a sentence of the line, short and without a figure, that opens
/// on the comments (k_comment_subjects within its first k_max_rule_subject_words words) and says
/// in the future passive (k_rule_future_lists) what moderation does to them (k_policy_phrases).
/// "Under the new law, offensive comments will be removed within 24 hours" is news: a lead-in
/// before its subject, and a figure.
bool is_impersonal_rule(std::string_view text, ListLanguages languages) {
  bool rule = false;
  while (!text.empty() && !rule) {
    // Sentences, and the clause after a box's label set off by a dash ("Réagissez à cet article
    // — les propos injurieux ... ne seront pas publiés").
    std::size_t stop = text.find_first_of(".?!");
    std::size_t width = 1;
    for (std::string_view dash : {std::string_view(" \xE2\x80\x94 "), std::string_view(" \xE2\x80\x93 ")})
      if (std::size_t at = text.find(dash); at < stop) {
        stop = at;
        width = dash.size();
      }
    std::string_view sentence = text.substr(0, stop);
    text = stop == std::string_view::npos ? std::string_view{} : shape::trim(text.substr(stop + width));
    if (shape::has_digit(sentence) || shape::word_count(sentence) > k_max_rule_sentence_words) continue;
    std::string padded(1, ' ');
    padded.append(shape::key(sentence)).push_back(' ');
    if (!key_contains_any(padded, k_rule_future_lists, languages) || !contains_any(padded, k_policy_phrases, languages))
      continue;
    std::size_t opening_end = 0;
    for (std::size_t word = 0; word <= k_max_rule_subject_words && opening_end != std::string::npos; ++word)
      opening_end = padded.find(' ', opening_end + 1);
    std::string_view opening = std::string_view(padded).substr(0, opening_end);
    rule = (contains_any(opening, k_comment_subjects, languages) || shape::key_contains_any(opening, k_abuse_words)) &&
           !shape::key_contains_any(padded, k_reported_speech);
  }
  return rule;
}

/// Verbs of a link to the comments, before its count ("View comments (23)").
constexpr std::string_view k_count_link_verbs[] = {
    "view", "see", "show", "read", "all", "ver", "mostrar", "voir", "afficher", "vedi", "leggi", "mostra",
    "alle", "zeige", "todos", "tutti",
};

/// True when `key` is a number and a count word: "12 comments", "1 comentario", perhaps after a
/// link's verb ("View 48 comments", "Ver 6 comentarios").
bool is_comment_count(std::string_view key, ListLanguages languages) {
  for (std::string_view verb : k_count_link_verbs)
    if (key.starts_with(verb) && key.size() > verb.size() + 1 && key[verb.size()] == ' ' &&
        shape::is_ascii_digit(key[verb.size() + 1])) {
      key.remove_prefix(verb.size() + 1);
      break;
    }
  std::size_t digits = 0;
  // "1,204 comments", "1.204 Kommentare": a thousands separator inside the number.
  while (digits < key.size() && ((key[digits] >= '0' && key[digits] <= '9') ||
                                 (digits > 0 && (key[digits] == ',' || key[digits] == '.'))))
    ++digits;
  if (digits == 0 || digits + 1 >= key.size() || key[digits] != ' ') return false;
  std::string_view words = key.substr(digits + 1);
  return any_list(languages, k_count_word_lists, [&](auto counts) { return shape::is_one_of(words, counts); });
}


/// Words that make the count a total ("Total comments: 3", "Kommentare insgesamt: 0",
/// "Commenti totali: 2"), before or after the count word, in the six languages; the longer of
/// two that open alike first, as the first that matches is taken.
constexpr std::string_view k_count_totals_before[] = {
    "total de", "total des", "total", "totale dei", "totale", "nombre de", "número de", "numero di", "anzahl der",
    "anzahl", "gesamt",
};
constexpr std::string_view k_count_totals_after[] = {
    "in total", "en total", "au total", "no total", "in totale", "total", "insgesamt", "gesamt", "totales", "totais",
    "totali",
};

/// True when `key` is a count word and then its number: "kommentare (14)", "commenti: 5".
bool is_labelled_comment_count(std::string_view key, ListLanguages languages) {
  if (key.ends_with(')')) key.remove_suffix(1);
  std::size_t end = key.size();
  while (end > 0 && key[end - 1] >= '0' && key[end - 1] <= '9') --end;
  if (end == key.size()) return false;
  std::string_view words = key.substr(0, end);
  while (!words.empty() && (words.back() == ' ' || words.back() == '(' || words.back() == ':')) words.remove_suffix(1);
  // "View comments (23)", "Ver comentários (8)": the link's verb before the count word.
  for (std::string_view verb : k_count_link_verbs)
    if (words.starts_with(verb) && words.size() > verb.size() && words[verb.size()] == ' ')
      words.remove_prefix(verb.size() + 1);
  // "Kommentare insgesamt: 0", "Total comments: 3": the total's word before or after the count word.
  for (std::string_view total : k_count_totals_before)
    if (words.starts_with(total) && words.size() > total.size() && words[total.size()] == ' ') {
      words.remove_prefix(total.size() + 1);
      break;
    }
  for (std::string_view total : k_count_totals_after)
    if (words.ends_with(total) && words.size() > total.size() && words[words.size() - total.size() - 1] == ' ') {
      words.remove_suffix(total.size() + 1);
      break;
    }
  // Or the box's call as its label ("Réagir (4)", "Join the discussion (12)").
  return any_list(languages, k_count_word_lists, [&](auto counts) { return shape::is_one_of(words, counts); }) ||
         is_one_of(words, k_box_lines, languages);
}

/// A line that may be a count: it opens with a digit, or ends with one ("Kommentare (14)").
bool is_count_line(std::string_view text) {
  text = shape::trim(text);
  char last = text.empty() ? '\0' : text.back();
  return (last >= '0' && last <= '9') || last == ')';
}

/// A line that may be a count: it opens with a digit, or with a short word and a digit.
bool is_count_opening(std::string_view text) {
  text = shape::skip_opening_marks(text);
  if (!text.empty() && text[0] >= '0' && text[0] <= '9') return true;
  // Or a link's verb, then the count ("View 48 comments"): a short word and a digit after it.
  std::size_t space = text.substr(0, 9).find(' ');
  return space != std::string_view::npos && space + 1 < text.size() && shape::is_ascii_digit(text[space + 1]);
}

/// A link to the whole list after a count ("23 comentarios · Ver todos"), in the six languages.
constexpr std::string_view k_see_all_links[] = {
    "see all", "view all", "show all", "read all", "ver todos", "ver todas", "mostrar todos", "alle anzeigen",
    "alle ansehen", "alle lesen", "voir tout", "voir tous", "afficher tout", "vedi tutti", "mostra tutti",
    "leggi tutti",
};

/// "Kommentare (14) – Jetzt mitdiskutieren", "3 comments | Leave a reply", "12 tributes · Add
/// yours", "27 comments · Commenting closes after 72 hours": the box's count and its prompt or
/// its closing notice on one line, split by a dash, a bar or a dot.
bool is_closed_notice(std::string_view text, std::string_view key);

bool is_count_and_prompt(std::string_view key) {
  // The count in brackets after the box's call ("Réagir à cet article (9 réactions)").
  if (std::size_t open = key.rfind(" ("); open != std::string_view::npos && key.ends_with(')') &&
      is_one_of(key.substr(0, open), k_box_lines, k_whole_line_languages) &&
      is_comment_count(key.substr(open + 2, key.size() - open - 3), k_whole_line_languages))
    return true;
  for (std::string_view mark : {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ", " | ", " \xC2\xB7 ", " \xE2\x80\xA2 "}) {
    std::size_t at = key.find(mark);
    if (at == std::string_view::npos) continue;
    std::string_view count = key.substr(0, at), prompt = shape::trim(key.substr(at + mark.size()));
    if ((is_comment_count(count, k_whole_line_languages) || is_labelled_comment_count(count, k_whole_line_languages)) &&
        (is_one_of(prompt, k_box_lines, k_whole_line_languages) || is_closed_notice(prompt, prompt) ||
         shape::is_one_of(prompt, k_see_all_links)))
      return true;
    // Or the prompt first ("Réagir à cet article · 6 réactions").
    if (is_one_of(count, k_box_lines, k_whole_line_languages) && is_comment_count(prompt, k_whole_line_languages))
      return true;
  }
  return false;
}

/// What a comment's header says after the commenter's name ("Jane Roe says:", "Hans Meier
/// sagt:", "Juan dice:", "Jean dit :", "Mario scrive:", "João disse:"), lower case.
constexpr std::string_view k_header_verbs[] = {
    "says", "said", "wrote", "sagt", "schreibt", "meint", "schrieb", "dice", "escribió", "escribe", "dit", "a dit",
    "écrit", "a écrit", "scrive", "ha scritto", "disse", "diz", "escreveu", "escreve", "ha detto",
};
/// Words that open a sentence, not a commenter's name ("He says:", "Der Minister sagt:").
constexpr std::string_view k_header_non_names[] = {
    "he", "she", "it", "they", "we", "i", "you", "this", "the", "a", "an", "one", "er", "sie", "es", "wir", "ich",
    "man", "der", "die", "das", "ein", "eine", "él", "ella", "ellos", "ellas", "usted", "el", "la", "los", "las",
    "un", "una", "uno", "il", "elle", "ils", "elles", "on", "lui", "le", "les", "une", "lei", "egli", "lo", "gli",
    "ele", "ela", "eles", "elas", "o", "os", "as", "um", "uma", "who", "what", "he's", "she's",
};
/// A commenter's name or handle runs to a few words.
constexpr std::size_t k_max_header_name_words = 4;
/// The date and time after a header: "March 3, 2024 at 4:12 pm".
constexpr std::size_t k_max_header_date_words = 10;

/// The length of the name that opens `text` before `verb` and a colon, or 0: the name's words
/// open with a capital or a digit or are a handle ("jroe42", "@jane"), and none opens a sentence.
bool is_commenter_name(std::string_view name) {
  name = shape::trim(name);
  if (name.empty() || shape::word_count(name) > k_max_header_name_words) return false;
  if (name.find_first_of(".,;:!?\"") != std::string_view::npos) return false;
  std::size_t space = name.find(' ');
  std::string_view first = shape::scratch_key(name.substr(0, space));
  if (shape::is_one_of(first, k_header_non_names)) return false;
  unsigned char c = static_cast<unsigned char>(name[0]);
  return (c >= 'A' && c <= 'Z') || c == '@' || c >= 0xC3 || (c >= '0' && c <= '9') || space == std::string_view::npos;
}

/// "Jane Roe says:", "Hans Meier sagt: 12. März 2024 um 14:03": a comment's header, a name, the
/// verb and a colon, then the date (on this line, or the next line when the colon ends this one).
/// A quote's lead-in ("The minister says: we will act") has a sentence after its colon.
bool is_comment_header(const Document& doc, std::size_t index) {
  std::string_view text = shape::trim(doc.blocks[index].text);
  std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  std::string_view head = shape::trim(text.substr(0, colon));
  std::string_view rest = shape::trim(text.substr(colon + 1));
  std::string_view verb;
  for (std::string_view candidate : k_header_verbs) {
    if (head.size() > candidate.size() + 1 && shape::ends_with_ci(head, candidate) &&
        head[head.size() - candidate.size() - 1] == ' ' && candidate.size() > verb.size())
      verb = candidate;
  }
  if (verb.empty() || !is_commenter_name(head.substr(0, head.size() - verb.size()))) return false;
  if (rest.empty()) {
    // The next line as read, whether or not a stage has taken it (the timestamp filter may have).
    if (index + 1 >= doc.blocks.size()) return false;
    rest = shape::trim(doc.blocks[index + 1].text);
  }
  return shape::has_digit(rest) && shape::word_count(rest) <= k_max_header_date_words && !rest.ends_with('.');
}

/// The words a comment's byline header opens with, before the commenter's name ("Comment by Jane
/// Roe — 17.07, 2011 @ 13:04", "Kommentar von Hans Meier am 12. März 2024"), lower case.
constexpr std::string_view k_byline_openings[] = {
    "comment by", "comment from", "reply by", "kommentar von", "antwort von", "comentario de", "comentario por",
    "respuesta de", "commentaire de", "commentaire par", "réponse de", "comentário de", "comentário por",
    "resposta de", "commento di", "commento da", "risposta di",
};

/// "Comment by Jane Roe — 17.07, 2011 @ 13:04": a byline opening, a commenter's name (up to the
/// first mark, digit or lower-case word, as is_commenter_name() takes one), then only a date and
/// time: a digit, at most k_max_header_date_words words, no full stop at the end. "Comment by the
/// minister on Monday was ..." has no capitalised name; "Comment by Jane Roe" alone no date.
bool is_comment_byline(std::string_view text) {
  text = shape::skip_opening_marks(shape::trim(text));
  std::string_view opening = shape::opening_in(text, k_byline_openings);
  if (opening.empty()) return false;
  std::string_view rest = shape::trim(text.substr(shape::phrase_at(text, opening)));
  // The name: the words before the first that opens with neither a capital nor '@'.
  std::size_t name_end = 0;
  for (std::size_t at = 0; at < rest.size();) {
    std::size_t end = rest.find(' ', at);
    if (end == std::string_view::npos) end = rest.size();
    auto c = static_cast<unsigned char>(rest[at]);
    bool name_word = (c >= 'A' && c <= 'Z') || c == '@' || c == 0xC3;
    if (!name_word) break;
    std::string_view word = rest.substr(at, end - at);
    std::size_t mark = word.find_first_of(",;|");
    if (mark != std::string_view::npos) {  // "Roe," ends the name inside its last word
      name_end = at + mark;
      break;
    }
    name_end = end;
    at = end + 1;
  }
  if (name_end == 0 || !is_commenter_name(rest.substr(0, name_end))) return false;
  std::string_view date = shape::trim(rest.substr(name_end));
  return shape::has_digit(date) && shape::word_count(date) <= k_max_header_date_words && !date.ends_with('.');
}

/// A moderation notice of one short clause, without the site's voice: the comments as subject,
/// then what is done to them ("Comments are moderated before they appear", "Kommentare werden vor
/// der Veröffentlichung moderiert", "Os comentários estão sujeitos a moderação"), perhaps with its
/// purpose ("Comments on this piece are premoderated to ensure discussion stays on topic": 12).
constexpr std::size_t k_max_notice_words = 12;
constexpr std::string_view k_notice_openings_en[] = {
    "comments are", "all comments are", "comments will be", "your comment will be", "comments may be",
    // A relative clause may name which comments ("Comments that attack other readers will be removed").
    "comments that", "comments which", "comments containing", "any comment that", "any comments that",
    // The piece named: "Comments on this piece are premoderated ...".
    "comments on this piece are", "comments on this article are", "comments on this story are",
    "comments on this post are", "comments on", "comments to",
};
constexpr std::string_view k_notice_openings_es[] = {
    "los comentarios están", "los comentarios son", "los comentarios serán", "todos los comentarios son",
    "tu comentario será", "su comentario será", "los comentarios que", "los comentarios se",
};
constexpr std::string_view k_notice_openings_de[] = {
    "kommentare werden", "alle kommentare werden", "ihr kommentar wird", "dein kommentar wird", "kommentare mit",
};
constexpr std::string_view k_notice_openings_fr[] = {
    "les commentaires sont", "tous les commentaires sont", "les commentaires seront", "votre commentaire sera",
    "les commentaires qui",
};
constexpr std::string_view k_notice_openings_pt[] = {
    "os comentários são", "os comentários estão", "os comentários serão", "todos os comentários são",
    "o seu comentário será", "seu comentário será", "os comentários que",
};
constexpr std::string_view k_notice_openings_it[] = {
    "i commenti sono", "i commenti saranno", "i commenti vengono", "tutti i commenti sono", "il tuo commento sarà",
    "i commenti che",
};
constexpr LanguageWords k_notice_opening_lists[] = {
    {ListLanguage::en, k_notice_openings_en}, {ListLanguage::es, k_notice_openings_es},
    {ListLanguage::de, k_notice_openings_de}, {ListLanguage::fr, k_notice_openings_fr},
    {ListLanguage::pt, k_notice_openings_pt}, {ListLanguage::it, k_notice_openings_it},
};
constexpr LanguagePhrases<total_words(k_notice_opening_lists)> k_notice_openings{k_notice_opening_lists};
/// Moderation in the nouns the policy phrases' stems miss ("moderación", "moderação").
constexpr std::string_view k_moderation_nouns[] = {"moderación", "moderação", "freigeschaltet", "geprüft"};

/// How a site disclaims its readers' comments ("Comments are the sole responsibility of their
/// authors"): with a comment subject (k_comment_subjects) the line is the policy, whatever its voice.
constexpr std::string_view k_disclaimers_en[] = {"sole responsibility", "solely responsible", "responsibility of their authors",
                                                 "do not reflect the views of", "do not reflect the opinions of",
                                                 "do not necessarily reflect"};
constexpr std::string_view k_disclaimers_es[] = {"responsabilidad exclusiva", "exclusiva responsabilidad",
                                                 "responsabilidad de sus autores"};
constexpr std::string_view k_disclaimers_de[] = {"verantwortung der verfasser", "meinung der verfasser",
                                                 "alleinige verantwortung"};
constexpr std::string_view k_disclaimers_fr[] = {"responsabilité de leurs auteurs", "seule responsabilité",
                                                 "responsabilité exclusive"};
constexpr std::string_view k_disclaimers_pt[] = {"exclusiva responsabilidade", "responsabilidade exclusiva",
                                                 "responsabilidade dos seus autores", "responsabilidade de seus autores"};
constexpr std::string_view k_disclaimers_it[] = {"esclusiva responsabilità", "responsabilità esclusiva",
                                                 "responsabilità dei rispettivi autori", "responsabilità degli autori"};
constexpr LanguageWords k_disclaimer_lists[] = {
    {ListLanguage::en, k_disclaimers_en}, {ListLanguage::es, k_disclaimers_es}, {ListLanguage::de, k_disclaimers_de},
    {ListLanguage::fr, k_disclaimers_fr}, {ListLanguage::pt, k_disclaimers_pt}, {ListLanguage::it, k_disclaimers_it},
};

/// A rule of the box may follow the notice as a second short sentence ("No insults."), or a
/// longer one that is policy itself ("The Herald does not endorse readers' views and reserves
/// the right to remove comments.").
constexpr std::size_t k_max_notice_rule_words = 8;
constexpr std::size_t k_max_notice_policy_words = 20;

/// The same notice in an obituary's guest book, which names its messages of condolence instead of
/// comments ("Tributes are moderated before they appear", "Kondolenzen werden vor der
/// Veröffentlichung geprüft", "Les condoléances sont modérées"). Only the guest book's own words:
/// "messages are moderated" may be a report about an app.
constexpr std::string_view k_tribute_notice_openings_en[] = {
    "tributes are", "all tributes are", "your tribute will be", "condolences are", "all condolences are",
    "guest book entries are",
};
constexpr std::string_view k_tribute_notice_openings_es[] = {
    "las condolencias son", "las condolencias están", "los mensajes de condolencia son",
    "los mensajes de condolencia están", "su mensaje de condolencia será",
};
constexpr std::string_view k_tribute_notice_openings_de[] = {
    "kondolenzen werden", "alle kondolenzen werden", "beileidsbekundungen werden", "ihre kondolenz wird",
    "einträge im kondolenzbuch werden",
};
constexpr std::string_view k_tribute_notice_openings_fr[] = {
    "les hommages sont", "les condoléances sont", "les messages de condoléances sont", "votre hommage sera",
    "votre message de condoléances sera",
};
constexpr std::string_view k_tribute_notice_openings_pt[] = {
    "as homenagens são", "as condolências são", "as mensagens de condolências são", "a sua homenagem será",
};
constexpr std::string_view k_tribute_notice_openings_it[] = {
    "le condoglianze sono", "le condoglianze vengono", "i messaggi di cordoglio sono",
    "i messaggi di cordoglio vengono", "il tuo messaggio di cordoglio sarà",
};
constexpr LanguageWords k_tribute_notice_opening_lists[] = {
    {ListLanguage::en, k_tribute_notice_openings_en}, {ListLanguage::es, k_tribute_notice_openings_es},
    {ListLanguage::de, k_tribute_notice_openings_de}, {ListLanguage::fr, k_tribute_notice_openings_fr},
    {ListLanguage::pt, k_tribute_notice_openings_pt}, {ListLanguage::it, k_tribute_notice_openings_it},
};
constexpr LanguagePhrases<total_words(k_tribute_notice_opening_lists)> k_tribute_notice_openings{
    k_tribute_notice_opening_lists};

/// True for such a notice (see k_max_notice_words), opening with one of `openings`: no comma, so
/// no reported clause after it. `key` is shape::key(text).
template <std::size_t N>
bool is_moderation_notice(std::string_view text, std::string_view key, ListLanguages languages,
                          const LanguagePhrases<N>& openings) {
  if (shape::key_word_count(key) > k_max_notice_words || key.find(',') != std::string_view::npos) return false;
  if (opening_in(text, openings, languages).empty()) return false;
  return contains_any(key, k_policy_phrases, languages) || shape::key_contains_any(key, k_moderation_nouns);
}

/// is_moderation_notice() of the comments (k_notice_openings).
bool is_moderation_notice(std::string_view text, std::string_view key, ListLanguages languages) {
  return is_moderation_notice(text, key, languages, k_notice_openings);
}

/// is_moderation_notice() for the first sentence of `text` (or its clause before a colon), with
/// one short sentence after it
/// ("Los comentarios están sujetos a moderación. No se admiten insultos.").
template <std::size_t N>
bool opens_with_moderation_notice(std::string_view text, ListLanguages languages, const LanguagePhrases<N>& openings) {
  text = shape::trim(text);
  // The rule follows a stop, or a colon ("I commenti sono moderati: niente insulti, ...").
  std::size_t stop = text.find(". ");
  if (stop == std::string_view::npos) stop = text.find(": ");
  if (stop == std::string_view::npos) return false;
  std::string_view rule = text.substr(stop + 2);
  std::size_t rule_words = shape::word_count(rule);
  if (rule_words > k_max_notice_policy_words || rule.find(". ") != std::string_view::npos) return false;
  std::string_view first = text.substr(0, stop);
  if (!is_moderation_notice(first, shape::key(first), languages, openings)) return false;
  if (rule_words <= k_max_notice_rule_words) return true;
  std::string_view rule_key = shape::scratch_key(rule);
  return contains_any(rule_key, k_policy_phrases, languages) || key_contains_any(rule_key, k_disclaimer_lists, languages);
}

/// What a comment box says a reader must do before commenting: be logged in or registered
/// ("You must be logged in to post a comment.", "Per commentare devi essere registrato."), or
/// its request to ("Log in or register to leave a comment", "Bitte melden Sie sich an, um einen
/// Kommentar zu schreiben").
constexpr std::string_view k_login_needs_en[] = {
    "must be logged in", "need to be logged in", "have to be logged in", "must be signed in", "must be registered",
    "must log in", "need to log in", "must sign in", "need to sign in", "must register",
    "log in or register", "please log in", "please sign in", "log in to", "sign in to",
    // Who alone may ("Only registered members can comment").
    "only registered", "only logged-in", "only logged in", "only signed-in", "only subscribers",
};
constexpr std::string_view k_login_needs_es[] = {
    "debes estar registrado", "debes estar registrada", "debe estar registrado", "tienes que estar registrado",
    "debes iniciar sesión", "debe iniciar sesión", "necesitas estar registrado", "debes estar identificado",
    "inicia sesión para", "inicie sesión para", "regístrate para", "regístrese para",
    "solo los usuarios registrados", "sólo los usuarios registrados", "solo usuarios registrados",
    "solo los suscriptores", "registrate para", "iniciá sesión para",
};
constexpr std::string_view k_login_needs_de[] = {
    "müssen sie sich anmelden", "musst du dich anmelden", "müssen sie angemeldet sein", "musst du angemeldet sein",
    "müssen sie eingeloggt sein", "müssen sie sich registrieren", "müssen sie registriert sein",
    "sie müssen angemeldet sein", "sie müssen sich anmelden", "du musst angemeldet sein", "sie müssen eingeloggt sein",
    "bitte registrieren sie sich", "melde dich an",
    "logge dich ein", "bitte anmelden", "bitte einloggen", "bitte registrieren", "melden sie sich an",
    "loggen sie sich ein",
    "nur registrierte", "nur angemeldete", "nur eingeloggte", "nur abonnenten",
};
constexpr std::string_view k_login_needs_fr[] = {
    "devez être connecté", "devez être connectée", "devez être inscrit", "devez vous connecter",
    "devez être identifié", "dois être connecté", "devez vous inscrire",
    "connectez-vous pour", "identifiez-vous pour", "connecte-toi pour", "connectez-vous ou créez un compte",
    "créez un compte pour", "inscrivez-vous pour",
    "seuls les membres inscrits", "seuls les utilisateurs inscrits", "seuls les abonnés", "réservé aux abonnés",
    "réservé aux membres",
};
constexpr std::string_view k_login_needs_pt[] = {
    "precisa estar logado", "precisa de estar registado", "precisa estar cadastrado", "deve estar logado",
    "precisa fazer login", "tem de estar registado", "precisa de iniciar sessão", "deve estar registado",
    "faça login para", "inicie sessão para", "inicia sessão para",
    "apenas usuários cadastrados", "apenas utilizadores registados", "somente usuários cadastrados",
    "apenas assinantes",
};
constexpr std::string_view k_login_needs_it[] = {
    "devi essere registrato", "devi essere registrata", "devi essere loggato", "devi accedere",
    "devi essere connesso", "devi essere connessa", "devi effettuare l'accesso",
    "devi effettuare il login", "è necessario essere registrati", "occorre essere registrati", "devi essere iscritto",
    "è necessario effettuare il login", "è necessario effettuare l'accesso", "è necessario accedere",
    "accedi per", "registrati per", "effettua il login per",
    "è necessario essere abbonati", "necessario essere abbonati",
    "solo gli utenti registrati", "soltanto gli utenti registrati", "solo gli abbonati", "riservato agli abbonati",
};
constexpr LanguageWords k_login_need_lists[] = {
    {ListLanguage::en, k_login_needs_en}, {ListLanguage::es, k_login_needs_es}, {ListLanguage::de, k_login_needs_de},
    {ListLanguage::fr, k_login_needs_fr}, {ListLanguage::pt, k_login_needs_pt}, {ListLanguage::it, k_login_needs_it},
};
/// Such a notice is one short sentence; a link's label of a few words may follow it ("Accedi o registrati.").
constexpr std::size_t k_max_login_notice_words = 12;
constexpr std::size_t k_max_login_link_words = 4;
/// ... or a row of them set apart by bars ("Se connecter | Créer un compte").
constexpr std::size_t k_max_login_link_row_words = 8;

/// True when `word` (keyed) is a form of "comment" ("comment", "kommentieren", "comentario"), of
/// "discuss", which boxes say too ("join the discussion", "Zum Mitdiskutieren", "discussão"), or
/// French's "réagir".
bool is_comment_word(std::string_view word) {
  return word.find("mment") != std::string_view::npos || word.find("menta") != std::string_view::npos ||
         word == "posten" || word == "posting" || word == "postings" ||
         word.find("ment\xC3\xA1") != std::string_view::npos || word.find("discus") != std::string_view::npos ||
         word.find("diskut") != std::string_view::npos || word.starts_with("r\xC3\xA9" "ag");  // réagir
}

/// The comment may stand a few words before a notice's end ("um einen Kommentar zu schreiben").
constexpr std::size_t k_max_words_after_comment = 2;
/// A question leading a login notice in is a few words ("Envie de réagir ?", "Want to comment?").
constexpr std::size_t k_max_login_lead_bytes = 32;
constexpr std::size_t k_max_login_lead_words = 4;
/// And the need before it ("con il proprio account", "with your account").
constexpr std::size_t k_max_words_after_need = 4;

/// True for a comment box's login notice (see k_login_need_lists): a sentence that names
/// commenting and ends on the need or near the comment ("... to post a comment"), so a
/// sentence that goes on ("To comment, residents must be registered voters") is prose.
/// A request to log in of a few words (k_max_login_notice_words), naming no comment: a login
/// notice only after a comment box's line (is_box_line_then_notice()).
/// The first phrase of k_login_need_lists (in `languages`) that `key` holds, or "".
std::string_view login_need_in(std::string_view key, ListLanguages languages) {
  return first_in_lists(languages, k_login_need_lists, [&](auto needs) {
    for (std::string_view phrase : needs)
      if (key.find(phrase) != std::string_view::npos) return phrase;
    return std::string_view{};
  });
}

bool is_login_call(std::string_view text, ListLanguages languages) {
  std::string key = shape::key(text);
  return shape::key_word_count(key) <= k_max_login_notice_words && !login_need_in(key, languages).empty();
}

bool is_login_notice(std::string_view text, ListLanguages languages) {
  text = shape::trim(text);
  // A short question may lead it in ("Envie de réagir ? Connectez-vous ou créez un compte ...").
  if (std::size_t asked = text.find('?'); asked != std::string_view::npos && asked <= k_max_login_lead_bytes &&
                                          shape::word_count(text.substr(0, asked)) <= k_max_login_lead_words)
    text = shape::trim(text.substr(asked + 1));
  std::string_view first = text;
  if (std::size_t stop = text.find(". "); stop != std::string_view::npos) {
    std::string_view links = text.substr(stop + 2);
    std::size_t link_words = shape::word_count(links);
    if (link_words > k_max_login_link_words &&
        (link_words > k_max_login_link_row_words || links.find(" | ") == std::string_view::npos))
      return false;
    first = text.substr(0, stop);
  }
  std::string key = shape::key(first);  // a few lines reach this: the ones that name commenting
  if (shape::key_word_count(key) > k_max_login_notice_words) return false;
  std::string_view need = login_need_in(key, languages);
  if (need.empty()) return false;
  // Words after the last form of "comment"; npos when there is none.
  std::size_t after_comment = std::string_view::npos, words = 0;
  for (std::size_t at = 0; at < key.size(); ++words) {
    std::size_t end = std::min(key.find(' ', at), key.size());
    if (is_comment_word(std::string_view(key).substr(at, end - at))) after_comment = words;
    at = end + 1;
  }
  if (after_comment == std::string_view::npos) return false;
  // The need may name the account it asks for after it ("... è necessario accedere con il proprio
  // account"): a few words.
  std::size_t need_end = key.find(need) + need.size();
  return key.ends_with(need) || words - 1 - after_comment <= k_max_words_after_comment ||
         shape::word_count(std::string_view(key).substr(need_end)) <= k_max_words_after_need;
}

/// The title over a post's comments, as blog engines print it: a count, these words, and the
/// post's title in quotes ("11 responses to “Title”", "Ein Gedanke zu „Titel“", "24 comentarios
/// en «Título»"); the six languages' forms together, as the quoted title makes the line plain.
constexpr std::string_view k_comment_title_words[] = {
    "responses to", "response to", "thoughts on", "thought on", "comments on", "comment on", "replies to",
    "reply to",
    "kommentare zu", "kommentar zu", "gedanken zu", "gedanke zu", "antworten auf", "antwort auf",
    "reaktionen auf",
    "comentarios en", "comentario en", "respuestas a", "respuesta a", "comentarios sobre", "comentario sobre",
    "comentarios a",
    "réflexions sur", "réflexion sur", "commentaires sur", "commentaire sur", "réponses à", "réponse à",
    "comentários em", "comentário em", "respostas para", "resposta para", "respostas a", "resposta a",
    "comentários sobre", "pensamentos sobre",
    "commenti su", "commento su", "risposte a", "risposta a", "pensieri su", "pensiero su", "commenti a",
};
/// "One" as the count, in the six languages.
constexpr std::string_view k_count_one[] = {"one", "ein", "eine", "un", "una", "uno", "um", "uma"};
/// Quotes that open and close the post's title.
constexpr std::string_view k_title_open_quotes[] = {
    "\xE2\x80\x9C" /* “ */, "\"", "\xE2\x80\x9E" /* „ */, "\xC2\xAB" /* « */, "\xE2\x80\x98" /* ‘ */, "'",
    "\xE2\x80\xB9" /* ‹ */, "\xC2\xBB" /* » */,
};
constexpr std::string_view k_title_close_quotes[] = {
    "\xE2\x80\x9D" /* ” */, "\"", "\xE2\x80\x9C" /* “ */, "\xC2\xBB" /* » */, "\xE2\x80\x99" /* ’ */, "'",
    "\xE2\x80\xBA" /* › */, "\xC2\xAB" /* « */,
};
/// The title line runs to a sentence at most.
constexpr std::size_t k_max_comment_title_words = 30;

/// True for the title over a post's comments (see k_comment_title_words).
bool is_comments_title(std::string_view text) {
  text = shape::trim(text);
  // A count opens it: a digit, or "one" in a word that opens with 'o', 'e' or 'u'; a quote
  // closes it: '"', '\'', or the last byte of ” ’ » › « “.
  if (text.size() < 4 || !((text[0] >= '0' && text[0] <= '9') || std::string_view("oOeEuU").find(text[0]) != std::string_view::npos))
    return false;
  if (std::string_view("\"'\x9D\x99\xBB\xBA\xAB\x9C").find(text.back()) == std::string_view::npos) return false;
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  std::size_t count_end = digits;
  if (digits == 0) {
    for (std::string_view one : k_count_one)
      if (shape::starts_with_word_ci(text, one)) count_end = one.size();
    if (count_end == 0) return false;
  }
  if (count_end >= text.size() || text[count_end] != ' ') return false;
  std::string_view rest = text.substr(count_end + 1);
  std::size_t words_length = 0;
  for (std::string_view words : k_comment_title_words)
    if (shape::starts_with_ci(rest, words) && rest.size() > words.size() && rest[words.size()] == ' ')
      words_length = words.size();
  if (words_length == 0) return false;
  std::string_view title = shape::trim(rest.substr(words_length));
  auto quoted = [](std::string_view t, std::span<const std::string_view> quotes, bool at_start) {
    return std::any_of(quotes.begin(), quotes.end(), [&](std::string_view q) { return at_start ? t.starts_with(q) : t.ends_with(q); });
  };
  return quoted(title, k_title_open_quotes, true) && quoted(title, k_title_close_quotes, false) &&
         shape::word_count(text) <= k_max_comment_title_words;
}

/// A pingback or trackback listed among the comments ("Pingback: Title | Site", "3. Pingback
/// von Title | 11.09.2011"): the word opens the line, after the list's number, and a colon or
/// "from" follows it.
bool is_pingback(std::string_view text) {
  text = shape::trim(text);
  // A digit, or the 'p' or 't' of the word, opens it.
  if (text.empty() || std::string_view("0123456789pPtT").find(text[0]) == std::string_view::npos) return false;
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits > 0 && digits + 1 < text.size() && text[digits] == '.') text = shape::trim(text.substr(digits + 1));
  for (std::string_view word : {std::string_view("pingback"), std::string_view("trackback")}) {
    if (!shape::starts_with_ci(text, word)) continue;
    std::string_view rest = shape::trim(text.substr(word.size()));
    if (rest.starts_with(':')) return true;
    // Or the word the engine's translation puts before the linking page ("Pingback von ...").
    for (std::string_view from : {std::string_view("from "), std::string_view("von "), std::string_view("de "),
                                  std::string_view("di "), std::string_view("da "), std::string_view("by ")})
      if (shape::starts_with_ci(rest, from)) return true;
  }
  return false;
}

/// The notices a blog engine's comment form prints (WordPress's, in its translations): the spam
/// filter's note and that the address stays private and which fields are required.
constexpr std::string_view k_form_notices_en[] = {
    "uses akismet to reduce spam", "email address will not be published", "email will not be published",
    "required fields are marked",
};
constexpr std::string_view k_form_notices_es[] = {
    "usa akismet", "utiliza akismet", "correo electrónico no será publicada", "correo electrónico no se publicará",
    "campos obligatorios están marcados",
    "correo electrónico no será publicado", "correo no será publicado",
};
constexpr std::string_view k_form_notices_de[] = {
    "verwendet akismet", "nutzt akismet", "e-mail-adresse wird nicht veröffentlicht", "erforderliche felder sind",
    "pflichtfelder sind",
    "e-mail wird nicht veröffentlicht", "e-mail-adresse wird niemals veröffentlicht",
};
constexpr std::string_view k_form_notices_fr[] = {
    "utilise akismet", "adresse e-mail ne sera pas publiée", "adresse de messagerie ne sera pas publiée",
    "champs obligatoires sont indiqués", "champs obligatoires sont marqués",
    "e-mail ne sera pas publié", "adresse email ne sera pas publiée", "adresse mail ne sera pas publiée",
};
constexpr std::string_view k_form_notices_pt[] = {
    "utiliza o akismet", "usa o akismet", "e-mail não será publicado", "campos obrigatórios são marcados",
    "email não será publicado", "e-mail não será publicada", "email não será publicada",
};
constexpr std::string_view k_form_notices_it[] = {
    "utilizza akismet", "usa akismet", "indirizzo email non sarà pubblicato", "campi obbligatori sono contrassegnati",
    "indirizzo e-mail non sarà pubblicato", "email non sarà pubblicata", "email non verrà pubblicata",
    "e-mail non sarà pubblicata",
};
constexpr LanguageWords k_form_notice_lists[] = {
    {ListLanguage::en, k_form_notices_en}, {ListLanguage::es, k_form_notices_es}, {ListLanguage::de, k_form_notices_de},
    {ListLanguage::fr, k_form_notices_fr}, {ListLanguage::pt, k_form_notices_pt}, {ListLanguage::it, k_form_notices_it},
};
/// Pieces of those notices, one of which each holds, for a cheap look at every line.
constexpr shape::Needles k_form_notice_stems{{"kismet", "ubli", "ubbli", "ffentlicht", "bligat", "rforderlich",
                                              "flichtfeld", "quired"}};
constexpr shape::PairSet k_form_notice_pairs{k_form_notice_stems.needles};
constexpr shape::PairGate k_form_notice_gate{k_form_notice_pairs};
/// A form's notice is two short sentences at most.
constexpr std::size_t k_max_form_notice_words = 30;

/// True for a comment form's notice (see k_form_notice_lists); `pairs` is the signature of `text`.
bool is_form_notice(std::string_view text, const shape::LinePairs& pairs, ListLanguages languages) {
  if (!k_form_notice_gate.may_hold_any(pairs) ||
      !shape::contains_any(text, k_form_notice_stems, k_form_notice_pairs, pairs))
    return false;
  std::string_view key = shape::scratch_key(text);
  return shape::key_word_count(key) <= k_max_form_notice_words && key_contains_any(key, k_form_notice_lists, languages);
}

/// A notice that comments are closed or switched off for the piece, as one short sentence ("Die
/// Kommentarfunktion wurde für diesen Artikel deaktiviert", "I commenti sono disabilitati"): the
/// comments as subject, and a word for closed.
constexpr std::size_t k_max_closed_words = 16;
constexpr std::string_view k_closed_openings[] = {
    "comments", "commenting", "the comments", "comments for this", "comments on this",
    "die kommentarfunktion", "kommentare", "die kommentare", "los comentarios", "comentarios", "les commentaires",
    "commentaires", "i commenti", "commenti", "os comentários", "comentários",
    // WordPress's "Both comments and pings are currently closed." and its Italian.
    "both comments", "sia i commenti",
};
constexpr std::string_view k_closed_words[] = {
    "closed", "closes", "disabled", "turned off", "switched off", "suspended", "geschlossen", "deaktiviert", "abgeschaltet", "cerrados", "cerrado",
    "desactivados", "deshabilitados", "fermés", "désactivés", "clos", "chiusi", "disabilitati", "disattivati",
    "fechados", "desativados", "encerrados",
};

bool is_closed_notice(std::string_view text, std::string_view key) {
  if (shape::key_word_count(key) > k_max_closed_words || key.find(',') != std::string_view::npos) return false;
  if (shape::opening_in(text, k_closed_openings).empty()) return false;
  for (std::string_view word : k_closed_words)
    if (shape::key_contains_words(key, word)) return true;
  return false;
}

/// The box's prompts that the loading filter takes alone as placeholders ("Leave a comment"),
/// which count as the first of two box lines ("Leave a Comment! Cancel reply").
constexpr std::string_view k_paired_box_prompts[] = {"leave a comment", "add a comment"};

/// Two of the box's lines printed as one ("No comments yet. Comments are closed.", "Keine
/// Kommentare Kommentare sind geschlossen"): `key` splits at a space into a box line
/// (k_box_lines) and a box line or a closed notice.
constexpr std::size_t k_max_two_box_lines_words = 12;
bool is_two_box_lines(std::string_view key) {
  if (shape::key_word_count(key) > k_max_two_box_lines_words) return false;
  return shape::splits_in_two(
      key,
      [](std::string_view first) {
        if (first.ends_with('.') || first.ends_with('!')) first.remove_suffix(1);
        return is_one_of(first, k_box_lines, k_whole_line_languages) || shape::is_one_of(first, k_paired_box_prompts);
      },
      [](std::string_view second) {
        return is_one_of(second, k_box_lines, k_whole_line_languages) || is_closed_notice(second, second);
      });
}

/// A comment policy headed by its name as a label ("Normas de participación: los comentarios
/// ofensivos ... serán eliminados.", "Community guidelines: abusive posts will be removed"): the
/// name opens the line before its ':', and the rule does to comments what a policy does
/// (k_policy_phrases). The name says whose rules these are, so the rule may run longer than a
/// notice without one, and list with commas.
constexpr std::size_t k_max_named_policy_words = 30;
bool is_named_policy(std::string_view key, ListLanguages languages) {
  std::size_t colon = key.find(':');
  if (colon == std::string_view::npos || colon > 40 || shape::key_word_count(key) > k_max_named_policy_words) return false;
  std::string_view name = shape::trim(key.substr(0, colon));
  if (!any_list(languages, k_policy_name_lists, [&](auto names) { return shape::is_one_of(name, names); })) return false;
  return contains_any(key.substr(colon + 1), k_policy_phrases, languages);
}

/// Labels a site sets before its notice to readers ("Disclaimer: Comments are moderated.",
/// "Hinweis: Kommentare werden moderiert."), in the six languages.
constexpr std::string_view k_notice_labels[] = {"disclaimer", "note", "please note", "notice", "hinweis", "achtung",
                                                "aviso", "nota", "avertissement", "remarque", "avviso", "attenzione"};

/// `text` without such a label and its ':' before it, or `text` itself.
std::string_view without_notice_label(std::string_view text) {
  std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon > 16) return text;
  std::string_view label = shape::trim(text.substr(0, colon));
  for (std::string_view notice : k_notice_labels)
    if (shape::equals_ci(label, notice)) return shape::trim(text.substr(colon + 1));
  return text;
}

/// A short question to the reader before the box's line ("¿Qué opinas? Deja tu comentario",
/// "What do you think? Leave a comment"): a question of this many words at most.
constexpr std::size_t k_max_prompt_question_words = 6;

/// True when `key` is a short question and then one of the box's lines or a notice that the
/// comments are closed ("Got something to say? Comments are switched off on this article.").
bool is_question_and_box_line(std::string_view key) {
  std::size_t mark = key.find("? ");
  if (mark == std::string_view::npos) return false;
  std::string_view question = key.substr(0, mark + 1), rest = shape::trim(key.substr(mark + 2));
  return shape::key_word_count(question) <= k_max_prompt_question_words &&
         (is_one_of(rest, k_box_lines, k_whole_line_languages) || is_closed_notice(rest, rest));
}

}  // namespace

/// A comment box's label or count with its notice in the same line, after a stop or a spaced
/// dash: "12 commentaires – Les commentaires sont modérés avant publication.", "Deixe o seu
/// comentário. Os comentários estão sujeitos a moderação.", "Join the conversation! Log in or
/// register to leave a comment below."
/// Byte offset of the last dash set off by spaces in `text` (" – ", " — ", " - "), or npos.
std::size_t last_spaced_dash(std::string_view text) {
  for (std::size_t at = text.rfind(' '); at != std::string_view::npos && at > 0; at = text.rfind(' ', at - 1)) {
    std::size_t dash = shape::dash_at(text.substr(at + 1));
    if (dash != 0 && text.substr(at + 1 + dash).starts_with(' ')) return at;
  }
  return std::string_view::npos;
}

/// True when `key` (keyed) is a comment box's line alone: a label or a count.
bool is_box_line_key(std::string_view key) {
  return is_one_of(key, k_box_lines, k_whole_line_languages) || is_comment_count(key, k_whole_line_languages) ||
         is_labelled_comment_count(key, k_whole_line_languages);
}

/// A box's label may carry a short rule after a dash ("Join the conversation – keep it civil").
constexpr std::size_t k_max_label_rule_words = 4;

bool is_box_line_then_notice(std::string_view text, ListLanguages languages) {
  text = shape::trim(text);
  std::string_view notice = last_sentence(text, 2 * k_max_label_bytes);
  // Without a sentence's stop, the notice may follow the label after a dash ("Kommentare (7) –
  // Zum Mitdiskutieren bitte anmelden") or a middle dot ("Comentários (7) · Os comentários ...").
  if (notice.empty() || notice.size() == text.size()) {
    std::size_t dash = last_spaced_dash(text);
    std::size_t dot = text.rfind(" \xC2\xB7 ");
    if (dash != std::string_view::npos && (dot == std::string_view::npos || dash > dot))
      notice = shape::trim(text.substr(dash + 1 + shape::dash_at(text.substr(dash + 1))));
    else if (dot != std::string_view::npos)
      notice = shape::trim(text.substr(dot + 3));
    else
      return false;
    if (notice.empty()) return false;
  }
  std::string_view head = text.substr(0, static_cast<std::size_t>(notice.data() - text.data()));
  while (!head.empty() && (head.back() == ' ' || head.back() == '.' || head.back() == '!' || head.back() == ':' ||
                           head.back() == '|' || head.back() == '-'))
    head.remove_suffix(1);
  if (std::size_t dash = shape::dash_at(head.substr(head.size() > 3 ? head.size() - 3 : 0)); dash != 0)
    head = shape::trim(head.substr(0, head.size() - dash));
  if (head.ends_with("\xC2\xB7")) head = shape::trim(head.substr(0, head.size() - 2));
  if (head.empty() || head.size() > k_max_label_bytes) return false;
  if (!is_box_line_key(shape::key(head))) {
    std::size_t dash = last_spaced_dash(head);
    if (dash == std::string_view::npos) return false;
    std::string_view rule = head.substr(dash + 1 + shape::dash_at(head.substr(dash + 1)));
    if (shape::word_count(rule) > k_max_label_rule_words || !is_box_line_key(shape::key(head.substr(0, dash))))
      return false;
  }
  // After the box's line, a call to log in, another of its lines ("Commentaires (0) – Soyez la
  // première ou le premier à réagir"), or a rule that says what the box does to comments, need
  // not name the comments again ("Noch keine Kommentare. Melden Sie sich an, um
  // mitzudiskutieren.", "14 comments — have your say below. Please keep it civil; personal
  // attacks will be removed.").
  if (is_moderation_notice(notice, shape::key(notice), languages) || is_login_notice(notice, languages) ||
      is_login_call(notice, languages) || is_box_line_key(shape::key(notice)))
    return true;
  std::string notice_key = shape::key(notice);
  return shape::key_word_count(notice_key) <= k_max_notice_policy_words &&
         contains_any(notice_key, k_policy_phrases, languages) && !shape::key_contains_any(notice_key, k_reported_speech);
}

std::optional<std::string> CommentPolicyFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = doc.blocks[index].text;
  if (text.size() > k_max_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  // The opening test (first bytes) before the key: most short lines are no box line.
  ListLanguages languages = list_languages(doc);
  if (text.size() <= k_max_label_bytes &&
      (!opening_in(text, k_box_lines, k_whole_line_languages).empty() || is_count_opening(text) ||
       is_count_line(text))) {
    std::string_view key = shape::scratch_key(text);
    if (is_one_of(key, k_box_lines, k_whole_line_languages) || is_comment_count(key, k_whole_line_languages) ||
        is_labelled_comment_count(key, k_whole_line_languages))
      return "a comment box's label";
  }
  if (text.size() <= k_max_label_bytes &&
      (is_count_opening(text) || !opening_in(text, k_count_words, k_whole_line_languages).empty() ||
       (shape::line_pairs(text).after_digit() != 0 && !opening_in(text, k_box_lines, k_whole_line_languages).empty())) &&
      is_count_and_prompt(shape::scratch_key(text)))
    return "a comment box's label";
  if (text.size() <= k_max_label_bytes && (is_comment_header(doc, index) || is_comment_byline(text)))
    return "a comment's header";
  if (text.size() <= 2 * k_max_label_bytes && text.find("? ") != std::string_view::npos &&
      is_question_and_box_line(shape::scratch_key(text)))
    return "a comment box's label";
  // A guest book's notice names no comment: looked for before the comment words are (its opening
  // turns most lines away before any key is built).
  if (text.size() <= 2 * k_max_label_bytes && !opening_in(text, k_tribute_notice_openings, languages).empty() &&
      (is_moderation_notice(text, shape::scratch_key(text), languages, k_tribute_notice_openings) ||
       opens_with_moderation_notice(text, languages, k_tribute_notice_openings)))
    return "a guest book's moderation notice";
  const shape::LinePairs& pairs = shape::line_pairs(text);
  if (text.size() <= 2 * k_max_label_bytes && is_form_notice(text, pairs, languages)) return "a comment form's notice";
  if (text.size() <= 2 * k_max_label_bytes && is_comments_title(text)) return "the title over the comments";
  if (text.size() <= 4 * k_max_label_bytes && is_pingback(text)) return "a pingback among the comments";
  if (!k_comment_fragment_pairs.may_hold_any(pairs) || !shape::contains_any_of<k_comment_fragment_scan>(text)) {
    if (text.size() > 3 * k_max_label_bytes) return std::nullopt;
    // A rule that names the abuse it bars, not the comments ("Réagissez à cet article — les
    // propos injurieux ... ne seront pas publiés").
    if (k_abuse_fragment_pairs.may_hold_any(pairs) &&
        shape::contains_any(text, k_abuse_fragments, k_abuse_fragment_pairs, pairs) && is_impersonal_rule(text, languages))
      return "a comment policy";
    if (!k_discussion_fragment_pairs.may_hold_any(pairs) ||
        !shape::contains_any(text, k_discussion_fragments, k_discussion_fragment_pairs, pairs))
      return std::nullopt;
    if (text.size() <= 2 * k_max_label_bytes && is_login_notice(text, languages)) return "a comment box's login notice";
    if (is_box_line_then_notice(text, languages)) return "a comment box's label and notice";
    return std::nullopt;
  }
  std::string_view key = shape::scratch_key(text);
  if (text.size() <= k_max_label_bytes && is_moderation_notice(without_notice_label(text), key, languages))
    return "a comment policy";
  if (text.size() <= 3 * k_max_label_bytes && is_named_policy(key, languages)) return "a comment policy";
  // Two sentences, each bounded in words: a label's bytes twice.
  if (text.size() <= 2 * k_max_label_bytes &&
      opens_with_moderation_notice(without_notice_label(text), languages, k_notice_openings))
    return "a comment policy";
  if (text.size() <= 2 * k_max_label_bytes && is_closed_notice(text, key)) return "a comment box's label";
  if (text.size() <= k_max_label_bytes && is_two_box_lines(key)) return "a comment box's label";
  if (text.size() <= 2 * k_max_label_bytes && is_login_notice(text, languages)) return "a comment box's login notice";
  if (text.size() <= 3 * k_max_label_bytes && is_box_line_then_notice(text, languages)) return "a comment box's label and notice";
  if (shape::key_word_count(key) > k_max_words) return std::nullopt;
  if (key_contains_any(key, k_disclaimer_lists, languages) &&
      contains_any(shape::scratch_padded(key), k_comment_subjects, languages))
    return "a comment policy";
  // The voice test looks for spaced words, so the key is padded at both ends.
  std::string_view padded = shape::scratch_padded(key);
  if (!contains_any(padded, k_site_voice, languages)) {
    if (shape::key_word_count(key) <= k_max_impersonal_rule_words && is_impersonal_rule(text, languages))
      return "a comment policy";
    return std::nullopt;
  }
  if (contains_any(padded, k_policy_names, languages) ||
      (contains_any(padded, k_comment_subjects, languages) && contains_any(padded, k_policy_phrases, languages)))
    return "a comment policy";
  return std::nullopt;
}

}  // namespace pith
