// comment-policy: a site's rules for its comment section ("Please adhere to our commenting
// policy ...", "Comments are moderated") and the comment box's own lines ("Comments are closed",
// "Leave a reply", "12 Comments"), in six languages.
#include "pith/filters/comment_policy.h"

#include "pith/base/line_shape.h"

namespace pith {

namespace {

/// A policy runs to a few sentences; longer is an article paragraph.
constexpr std::size_t k_max_bytes = 800;
constexpr std::size_t k_max_words = 120;
/// The comment box's own lines are a few words.
constexpr std::size_t k_max_label_bytes = 80;

/// Whole lines of the comment box (compared with shape::key(); "Comments" and "Leave a
/// comment" alone are the loading filter's placeholders).
constexpr shape::Phrases k_box_lines{{
    "comments are closed", "comments closed", "commenting is closed", "leave a reply", "post a comment",
    "join the discussion", "join the conversation", "be the first to comment", "no comments yet",
    "write a comment", "comment policy", "commenting policy", "comments policy",
    // Spanish
    "los comentarios están cerrados", "comentarios cerrados", "deja un comentario", "deja tu comentario",
    "escribe un comentario", "sé el primero en comentar", "normas de participación",
    // German
    "die kommentarfunktion ist geschlossen", "kommentarfunktion geschlossen", "kommentar schreiben",
    "schreiben sie einen kommentar", "diskutieren sie mit", "kommentarrichtlinien", "netiquette",
    // French
    "les commentaires sont fermés", "commentaires fermés", "laisser un commentaire", "laissez un commentaire",
    "écrire un commentaire", "soyez le premier à commenter", "charte de modération", "réagir",
    // Portuguese
    "os comentários estão fechados", "comentários fechados", "deixe um comentário", "deixe seu comentário",
    "escreva um comentário", "seja o primeiro a comentar", "política de comentários",
    // Italian
    "i commenti sono chiusi", "commenti chiusi", "lascia un commento", "scrivi un commento",
    "commenta per primo", "policy dei commenti", "regole dei commenti",
}};

/// The box's count of comments: "12 Comments", "1 comentario".
constexpr std::string_view k_count_words[] = {
    "comment", "comments", "reply", "replies", "comentario", "comentarios", "kommentar", "kommentare",
    "commentaire", "commentaires", "comentário", "comentários", "commento", "commenti", "respostas",
    "respuestas", "antworten", "réponses", "risposte",
};

/// How a policy names the readers' comments (keyed, lower case): as the site's comment section
/// or its rules, not as anyone's remarks ("His comments created a stir" is news).
constexpr shape::Needles k_comment_subjects{{
    "comment policy", "commenting policy", "comments policy", "comment guidelines", "commenting guidelines",
    "community guidelines", "community standards", "comments are", "comments that", "comments which",
    "comments will", "comments may", "comments must", "comments should", "comments containing",
    "any comment", "your comment", "all comments", "comment section", "comments section", "reader comments",
    "remove comments", "delete comments", "netiquette",
    "los comentarios", "comentarios que", "comentarios ofensivos", "normas de participación",
    "die kommentare", "kommentare mit", "kommentare, die", "kommentarrichtlinien", "ihren kommentar",
    "les commentaires", "commentaires qui", "tout commentaire", "charte de modération",
    "os comentários", "comentários que", "comentários ofensivos", "política de comentários",
    "i commenti", "commenti che", "commenti offensivi", "policy dei commenti",
}};

/// Pieces of those words without their first letter (which a sentence may capitalise), for a
/// plain find on every line.
constexpr shape::Needles k_comment_fragments{{"mment", "menta", "mentá", "quette", "mmunity"}};

/// The comment rules named as such: with the site's voice, naming them is the policy.
constexpr shape::Needles k_policy_names{{
    "comment policy", "commenting policy", "comments policy", "comment guidelines", "commenting guidelines",
    "community guidelines", "community standards", "netiquette", "normas de participación",
    "kommentarrichtlinien", "charte de modération", "política de comentários", "policy dei commenti",
}};

/// What a policy does to comments: moderation, removal, bans.
constexpr shape::Needles k_policy_phrases{{
    "moderated", "moderation", "moderator", "reserve the right", "be removed", "be deleted", "banned", "be ban",
    "spam", "off-topic", "off topic", "abusive", "moderad", "nos reservamos", "eliminad", "borrad", "moderiert",
    "behalten uns", "gelöscht", "entfernt", "modéré", "modération", "nous nous réservons", "supprimé",
    "moderados", "reservamo-nos", "removid", "excluíd", "moderati", "moderazione", "ci riserviamo", "rimoss",
    "cancellat",
}};

/// The site speaking to its readers; a news report about another site's policy has none.
constexpr shape::Needles k_site_voice{{
    " our ", " we ", "please", " you ", " your ", "you're", " us ", "nuestr", "nos reservamos", " usted",
    " tu ", " tus ", "por favor", " unser", " wir ", " sie ", " ihre ", "bitte", " nous ", " notre",
    " nos ", " vous ", " votre", " vos ", "merci de", " nosso", " nossa", "reservamo-nos", " você",
    " seu ", " sua ", " nostr", " ci riserviamo", " vi ", " vostr", "si prega", "ti preghiamo",
}};

/// True when `key` is a number and a count word: "12 comments", "1 comentario".
bool is_comment_count(std::string_view key) {
  std::size_t digits = 0;
  while (digits < key.size() && key[digits] >= '0' && key[digits] <= '9') ++digits;
  if (digits == 0 || digits + 1 >= key.size() || key[digits] != ' ') return false;
  return shape::is_one_of(key.substr(digits + 1), k_count_words);
}

/// A line that may be a count: it opens with a digit.
bool is_count_opening(std::string_view text) {
  text = shape::skip_opening_marks(text);
  return !text.empty() && text[0] >= '0' && text[0] <= '9';
}

}  // namespace

std::optional<std::string> CommentPolicyFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = doc.blocks[index].text;
  if (text.size() > k_max_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  // The opening test (first bytes) before the key: most short lines are no box line.
  if (text.size() <= k_max_label_bytes && (!shape::opening_in(text, k_box_lines).empty() || is_count_opening(text))) {
    std::string_view key = shape::scratch_key(text);
    if (shape::is_one_of(key, k_box_lines) || is_comment_count(key)) return "a comment box's label";
  }
  if (!shape::contains_any(text, k_comment_fragments)) return std::nullopt;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_words) return std::nullopt;
  // The voice test looks for spaced words, so the key is padded at both ends.
  std::string_view padded = shape::scratch_padded(key);
  if (!shape::contains_any(padded, k_site_voice)) return std::nullopt;
  if (shape::contains_any(padded, k_policy_names) ||
      (shape::contains_any(padded, k_comment_subjects) && shape::contains_any(padded, k_policy_phrases)))
    return "a comment policy";
  return std::nullopt;
}

}  // namespace pith
