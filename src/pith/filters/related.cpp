// related: links to other stories ("Read more: ...", "Lee también: ...") and click-through calls,
// and the run of headlines a related-stories header ("Related Posts:", "More stories") lists.
#include "pith/filters/related.h"

#include "pith/base/line_shape.h"

namespace pith {

namespace {

/// A label and one headline; a longer line is an article paragraph.
constexpr std::size_t k_max_bytes = 300;
/// Headlines run to a couple of dozen words at most.
constexpr std::size_t k_max_headline_words = 28;

/// Labels that introduce a link to another story; a separator (":", a dash, "»", "|") or the
/// end of the line must follow, so "Read more about the ruling in ..." stays.
constexpr shape::Phrases k_labels{{
    "read more", "read also", "also read", "related", "related story", "related stories",
    "related article", "related articles", "related content", "related coverage", "see also", "see more",
    "more",
    "more on this story", "more on this", "recommended", "recommended reading", "you may also like",
    "you might also like", "don't miss", "further reading", "most read", "trending", "keep reading",
    "más información", "lee también", "lea también", "lee más", "te puede interesar", "le puede interesar",
    "noticias relacionadas", "relacionado", "relacionadas", "mira también", "más noticias",
    "mehr zum thema", "lesen sie auch", "lesen sie mehr", "auch interessant", "das könnte sie interessieren",
    "weitere artikel", "mehr dazu", "passend zum thema",
    "à lire aussi", "a lire aussi", "lire aussi", "à lire également", "lire également", "voir aussi",
    "sur le même sujet", "à voir aussi", "articles liés",
    "leia também", "leia mais", "veja também", "saiba mais", "notícias relacionadas", "relacionadas",
    "leggi anche", "leggi pure", "potrebbe interessarti", "articoli correlati", "vedi anche",
    "approfondisci", "ti potrebbe interessare",
    // Headers of lists of other stories.
    "related posts", "related reading", "related report", "more stories", "more news", "more from",
    "top stories", "popular posts", "popular stories", "most popular", "recent posts", "latest posts",
    "from around the web", "read next", "up next", "recommended for you", "continue reading", "you may have missed",
    "read more at", "see more at", "continued", "continued on",
    "te recomendamos", "lo más leído", "más leídas", "otras noticias", "meistgelesen", "weitere nachrichten",
    "das könnte sie auch interessieren", "les plus lus", "à découvrir", "dans la même rubrique",
    "mais lidas", "outras notícias", "leia a seguir", "più letti", "altre notizie", "ti consigliamo",
}};

/// Headers over a list of recommended sites or resources, each item a line that names the
/// resource and says what it is ("Webseed.com offers alternative health programs.").
constexpr shape::Phrases k_resource_headers{{
    "recommended resources", "recommended links", "recommended sites", "useful links", "useful resources",
    "recursos recomendados", "enlaces de interés", "enlaces recomendados", "empfohlene links",
    "nützliche links", "liens utiles", "ressources recommandées", "links úteis", "links recomendados",
    "link utili", "risorse consigliate",
}};

/// Verbs that describe a listed resource, within a few words of its name (spaces around them).
constexpr std::string_view k_resource_verbs[] = {
    " is a ", " is an ", " are ", " offers ", " provides ", " lists ", " es un ", " es una ", " ofrece ",
    " ist ein ", " ist eine ", " bietet ", " est un ", " est une ", " propose ", " offre ", " é um ",
    " é uma ", " oferece ", " è un ", " è una ",
};
/// A resource's entry is a sentence or two; its verb comes within this many bytes of the start.
constexpr std::size_t k_max_resource_entry_bytes = 400;
constexpr std::size_t k_resource_verb_reach = 60;

/// Labels that a headline may follow without a separator ("Read Also Mayor promises new fire
/// station"): none of them opens an article sentence. ("Read more" and "Related" do, and need one.)
constexpr shape::Phrases k_glued_labels{{
    "read also", "also read", "related posts", "related articles", "related stories", "more stories",
    "lee también", "lea también", "leia também", "veja também", "leggi anche", "lesen sie auch",
    "à lire aussi", "a lire aussi", "lire aussi",
}};

/// Labels of a site's ticker or teaser slots ("Headline: Storm Shuts Every School In The Valley!",
/// "Editor's Pick: ..."); they count only before a separator and a headline-shaped line, and
/// never on the document's first line, where such a label opens the article's own headline.
constexpr shape::Phrases k_teaser_labels{{
    "headline", "headlines", "top story", "top headline", "top headlines", "featured", "featured story",
    "featured article", "featured post", "editor's pick", "editors' picks", "editor's choice", "must read",
    "must see", "hot topic", "hot topics", "titular", "titulares", "destacado", "destacados", "lo último",
    "schlagzeile", "schlagzeilen", "top-thema", "topthema", "à la une", "en vedette", "à ne pas manquer",
    "in evidenza", "da non perdere", "in primo piano", "manchete", "destaque", "destaques", "imperdível",
}};

/// Openings of a header over an author's other pieces ("Older articles by Jane Roe"); a name follows.
constexpr shape::Phrases k_author_list_openings{{
    "older articles by", "more articles by", "most recent articles by", "recent articles by",
    "other articles by", "all articles by", "latest articles by", "more posts by", "recent posts by",
    "all posts by", "view all posts by", "more stories by", "more from", "más artículos de",
    "otros artículos de", "últimos artículos de", "weitere artikel von", "alle artikel von", "mehr von",
    "autres articles de", "tous les articles de", "du même auteur", "mais artigos de", "outros artigos de",
    "todos os artigos de", "altri articoli di", "tutti gli articoli di",
}};
/// An author's name in such a header is a few words.
constexpr std::size_t k_max_author_words = 5;

/// Calls to read on elsewhere that end on the other site's address ("Read More @ example.com",
/// "To read more posts like this visit X at www.example.co.uk").
constexpr shape::Phrases k_read_on_openings{{
    "read more", "see more", "read the rest", "read the full", "continue reading", "to read more",
    "full story at", "full article at", "more at", "lee más", "sigue leyendo", "weiterlesen", "mehr lesen",
    "lire la suite", "leia mais", "continue lendo", "leggi tutto", "continua a leggere",
}};
constexpr std::size_t k_max_read_on_words = 20;

/// A headline in a list: a few words, no sentence's final stop.
constexpr std::size_t k_max_list_headline_words = 20;
constexpr std::size_t k_max_list_headline_bytes = 200;

/// Calls to click through to another page: "Click here to ...", "... by clicking here".
constexpr shape::Phrases k_click_openings{{
    "click here", "tap here", "haz clic aquí", "haga clic aquí", "pincha aquí", "hier klicken",
    "klicken sie hier", "cliquez ici", "clique aqui", "clicca qui", "click the banner", "click the image",
    "click the link", "click the graphic", "click banner", "click graphic", "click on the banner",
    "click on the image", "click on the link",
}};
constexpr std::string_view k_click_endings[] = {
    "click here", "clicking here", "haz clic aquí", "haga clic aquí", "haciendo clic aquí", "hier klicken",
    "cliquez ici", "clique aqui",
    "clicca qui", "click graphic", "click banner", "click image", "click the image", "click the banner",
};

/// "For more information, please visit their website.": a press release's close, sending the
/// reader to a site it does not name; it opens on more information and ends on the visit.
constexpr shape::Phrases k_more_info_openings{{
    "for more information", "for more info", "for further information", "for more details", "to learn more",
    "to find out more", "more information", "para más información", "para obtener más información",
    "weitere informationen", "für weitere informationen", "mehr informationen", "pour plus d'informations",
    "pour en savoir plus", "plus d'informations", "para mais informações", "mais informações",
    "per maggiori informazioni", "per ulteriori informazioni", "maggiori informazioni",
}};
constexpr std::string_view k_visit_endings[] = {
    "visit our website", "visit their website", "visit the website", "visit his website", "visit her website",
    "visit our site", "visit their site", "visit our web site", "visit their web site", "visit the company's website",
    "visite nuestro sitio web", "visite su sitio web", "visite nuestra web", "visite su web",
    "besuchen sie unsere website", "besuchen sie unsere webseite", "besuchen sie die website",
    "visitez notre site", "visitez leur site", "visitez notre site web", "visitez leur site web",
    "visite nosso site", "visite o site", "acesse nosso site", "acesse o site", "visita il nostro sito",
    "visita il sito", "visitate il nostro sito",
};
constexpr std::size_t k_max_more_info_words = 16;

/// Imperatives that send the reader to a link ("Purchase this report @ http://...", "Download the
/// full study at https://..."); the line must end on the link.
constexpr shape::Phrases k_link_call_openings{{
    "purchase", "buy", "order", "make an order", "get", "download", "browse", "inquire", "enquire", "inquiry",
    "request", "access", "visit", "ask", "check out", "shop", "complete report", "full report",
    "descarga", "descargue", "compra", "visita", "herunterladen", "laden sie", "bestellen", "besuchen sie",
    "téléchargez", "achetez", "commandez", "visitez", "baixe", "compre", "acesse", "visite", "scarica",
    "acquista", "visita",
}};
constexpr std::size_t k_max_link_call_words = 35;
constexpr std::size_t k_max_link_call_bytes = 700;
/// What a link holds.
constexpr shape::Needles k_link_marks{{"http", "www."}};
/// A click-through call is one short line.
constexpr std::size_t k_max_click_bytes = 150;
constexpr std::size_t k_max_click_words = 16;

/// Length of a separator after a label at the start of `rest`, or 0 (then there is none).
std::size_t separator_at(std::string_view rest) {
  std::size_t skipped = 0;
  while (skipped < rest.size() && rest[skipped] == ' ') ++skipped;
  rest.remove_prefix(skipped);
  if (rest.starts_with(':') || rest.starts_with('|') || rest.starts_with('>')) return skipped + 1;
  if (rest.starts_with("\xC2\xBB")) return skipped + 2;  // »
  if (std::size_t dash = shape::dash_at(rest); dash && skipped > 0) return skipped + dash;
  if (rest.starts_with("\xE2\x86\x92")) return skipped + 3;  // →
  return 0;
}

/// True when `key` is a label alone, or a label, a separator and one headline.
bool is_related_link(std::string_view key) {
  // "[Related: headline]": the brackets are the link's decoration.
  if (key.starts_with('[') && key.ends_with(']')) key = key.substr(1, key.size() - 2);
  for (std::string_view label : k_labels) {
    if (!shape::starts_with_word_ci(key, label)) continue;
    std::string_view rest = key.substr(label.size());
    if (shape::trim(rest).empty()) return true;
    std::size_t separator = separator_at(rest);
    if (separator == 0) continue;
    std::string_view headline = shape::trim(rest.substr(separator));
    if (shape::word_count(headline) <= k_max_headline_words) return true;  // "Continue reading →" too
  }
  return false;
}

bool is_click_through(std::string_view text) {
  bool opens = !shape::opening_in(text, k_click_openings).empty();
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_click_words) return false;
  if (opens) return true;
  for (std::string_view ending : k_click_endings)
    if (key.ends_with(ending) && (key.size() == ending.size() || key[key.size() - ending.size() - 1] == ' '))
      return true;
  return false;
}

bool is_more_info_call(std::string_view text) {
  if (shape::opening_in(text, k_more_info_openings).empty()) return false;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_more_info_words) return false;
  for (std::string_view ending : k_visit_endings)
    if (key.size() > ending.size() && key.ends_with(ending) && key[key.size() - ending.size() - 1] == ' ')
      return true;
  return false;
}

/// True when `text` opens like a headline: a capital, a digit or an opening quote.
bool opens_like_headline(std::string_view text) {
  text = shape::trim(text);
  if (text.empty()) return false;
  auto c = static_cast<unsigned char>(text[0]);
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' || c == '\'' || c >= 0xC3;
}

/// A line of a list of other stories: short, opening like a headline, ending without a
/// sentence's stop (a headline may end in '?', '!' or a quote).
bool is_list_headline(std::string_view text) {
  text = shape::trim(text);
  if (text.empty() || text.size() > k_max_list_headline_bytes || !opens_like_headline(text)) return false;
  char last = text.back();
  if (last == '.' || last == ',' || last == ';' || last == ':') return false;
  return shape::word_count(text) <= k_max_list_headline_words;
}

/// "Headline: Storm Shuts Every School In The Valley!": a teaser label, a separator, a headline.
bool is_teaser_line(std::string_view text) {
  std::string_view label = shape::opening_in(text, k_teaser_labels);
  if (label.empty()) return false;
  std::string_view rest = shape::skip_opening_marks(text);
  rest = rest.substr(shape::phrase_at(rest, label));
  std::size_t separator = separator_at(rest);
  return separator != 0 && is_list_headline(rest.substr(separator));
}

/// A list item's date line: "Jun 29, 2008 — Jim Bray", "2 mai 2008 | Claire Martin": a few
/// words holding a year, and no sentence.
constexpr std::size_t k_max_dated_line_words = 8;
bool is_dated_line(std::string_view text) {
  text = shape::trim(text);
  if (text.empty() || !shape::has_year(text) || shape::word_count(text) > k_max_dated_line_words) return false;
  char last = text.back();
  return last != '.' && last != '?' && last != '!';
}

/// A listed story's teaser: a paragraph's opening, a few sentences at most.
constexpr std::size_t k_max_teaser_bytes = 600;

/// "Read Also Mayor promises new fire station": a label that opens no sentence, then a headline.
bool is_glued_label_link(std::string_view text) {
  std::string_view label = shape::opening_in(text, k_glued_labels);
  if (label.empty()) return false;
  std::string_view rest = shape::skip_opening_marks(text);
  rest = shape::trim(rest.substr(shape::phrase_at(rest, label)));
  return !rest.empty() && is_list_headline(rest);
}

/// "Older articles by Jane Roe", "Most recent articles by Jane Roe:": an author's name after the opening.
bool is_author_list_header(std::string_view text) {
  std::string_view opening = shape::opening_in(text, k_author_list_openings);
  if (opening.empty()) return false;
  std::string_view rest = shape::skip_opening_marks(text);
  rest = shape::trim(rest.substr(shape::phrase_at(rest, opening)));
  if (rest.ends_with(':')) rest.remove_suffix(1);
  rest = shape::trim(rest);
  if (rest.empty()) return opening == "du même auteur";
  if (rest.find_first_of(".,;!?") != std::string_view::npos) return false;
  return opens_like_headline(rest) && shape::word_count(rest) <= k_max_author_words;
}

/// True when the last word of `key` is a web address ("example.com", "www.site.co.uk", a URL).
bool ends_on_address(std::string_view key) {
  std::size_t space = key.rfind(' ');
  std::string_view last = space == std::string_view::npos ? key : key.substr(space + 1);
  if (last.starts_with("http") || last.starts_with("www.")) return true;
  std::size_t dot = last.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || !shape::is_word_byte(last[dot - 1])) return false;
  std::string_view tld = last.substr(dot + 1);
  if (tld.size() < 2 || tld.size() > 6) return false;
  for (char c : tld)
    if (c < 'a' || c > 'z') return false;
  return true;
}

/// "Read More @ example.com", "Read more great articles here: http://example.org".
bool is_read_on_elsewhere(std::string_view text) {
  if (shape::opening_in(text, k_read_on_openings).empty()) return false;
  std::string_view key = shape::scratch_key(text);
  return shape::key_word_count(key) <= k_max_read_on_words && ends_on_address(key);
}

/// True when the last word of `key` is a link (http..., www...).
bool ends_on_link(std::string_view key) {
  std::size_t space = key.rfind(' ');
  std::string_view last = space == std::string_view::npos ? key : key.substr(space + 1);
  if (last.starts_with('@')) last.remove_prefix(1);
  return last.starts_with("http") || last.starts_with("www.");
}

/// "Purchase this report @ http://...", "Get a PDF sample at: https://...", "Complete report
/// available @ http://...": a call whose object is the link it ends on.
bool is_link_call(std::string_view text) {
  if (!shape::contains_any(text, k_link_marks)) return false;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_link_call_words || !ends_on_link(key)) return false;
  if (!shape::word_prefix_in(key, k_link_call_openings).empty()) return true;
  // "@ http" before the link, or "available at": the press-release forms.
  return key.find("@ http") != std::string_view::npos || key.find("@http") != std::string_view::npos ||
         key.find(" available at ") != std::string_view::npos || key.find(" available @ ") != std::string_view::npos;
}

/// "Recommended Resources", "Useful links:": a header alone over a list of resources.
bool is_resource_header(std::string_view text) {
  if (text.size() > k_max_bytes || shape::opening_in(text, k_resource_headers).empty()) return false;
  return shape::is_one_of(shape::scratch_key(text), k_resource_headers);
}

/// An entry of a resource list: a name, then what it is or offers, in a sentence or two.
bool is_resource_entry(std::string_view text) {
  text = shape::trim(text);
  if (text.size() > k_max_resource_entry_bytes || !opens_like_headline(text)) return false;
  std::string_view head = text.substr(0, k_resource_verb_reach);
  for (std::string_view verb : k_resource_verbs)
    if (head.find(verb) != std::string_view::npos) return true;
  return false;
}

/// A header over a list of other stories: a label alone (perhaps with its ':'), or an author's.
bool is_list_header(std::string_view text) {
  if (text.size() > k_max_bytes) return false;
  if (is_author_list_header(text) || is_resource_header(text)) return true;
  std::string_view opening = text.starts_with('[') ? text.substr(1) : text;
  if (shape::opening_in(opening, k_labels).empty()) return false;
  std::string_view key = shape::scratch_key(text);
  if (key.starts_with('[') && key.ends_with(']')) key = key.substr(1, key.size() - 2);
  // key() drops a final ':' already. A call to read on ("Continue reading") heads no list.
  return shape::is_one_of(key, k_labels) && !shape::is_one_of(key, k_read_on_openings) &&
         key != "continued" && key != "continued on";
}

/// The index of the first kept block of `doc` (its size when none is kept).
std::size_t first_kept(const Document& doc) {
  std::size_t i = 0;
  while (i < doc.blocks.size() && !doc.blocks[i].kept()) ++i;
  return i;
}

/// How many lines after a teaser its item's date line may come (a teaser of two paragraphs).
constexpr std::size_t k_teaser_reach = 2;

/// True when block `index`, listed under a header, is a teaser of a dated list: a date line
/// follows it within k_teaser_reach kept lines, or (when the list has taken teasers before,
/// `after_teasers`) it is one of the document's last k_teaser_reach kept lines.
bool is_listed_teaser(const Document& doc, std::size_t index, bool after_teasers) {
  if (doc.blocks[index].text.size() > k_max_teaser_bytes) return false;
  std::size_t seen = 0;
  for (std::size_t j = index + 1; j < doc.blocks.size() && seen < k_teaser_reach; ++j) {
    if (!doc.blocks[j].kept()) continue;
    if (is_dated_line(doc.blocks[j].text)) return true;
    ++seen;
  }
  return after_teasers && seen < k_teaser_reach;
}

}  // namespace

std::optional<std::string> RelatedFilter::judge(const Document& doc, std::size_t index) const {
  const std::string& text = doc.blocks[index].text;
  if (shape::opens_with_inner_quote(text)) return std::nullopt;
  // A call ending on a link is a few words and a link, which may be long.
  if (text.size() <= k_max_link_call_bytes && (is_read_on_elsewhere(text) || is_link_call(text)))
    return "a call to follow a link";
  if (text.size() > k_max_bytes) return std::nullopt;
  if (text.size() <= k_max_click_bytes && is_click_through(text)) return "a click-through call";
  if (text.size() <= k_max_click_bytes && is_more_info_call(text)) return "a call to visit the site";
  std::string_view opening = text.starts_with('[') ? std::string_view(text).substr(1) : std::string_view(text);
  if (is_author_list_header(text)) return "a link to the author's other stories";
  if (is_resource_header(text)) return "a header over a list of resources";
  if (index != first_kept(doc) && is_teaser_line(text)) return "a teaser for another story";
  if (shape::opening_in(opening, k_labels).empty() && shape::opening_in(opening, k_glued_labels).empty())
    return std::nullopt;
  if (is_related_link(shape::scratch_key(text))) return "a link to another story";
  if (is_glued_label_link(opening)) return "a link to another story";
  return std::nullopt;
}

void RelatedFilter::apply(Document& doc, std::string_view name) const {
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (!doc.blocks[i].kept()) continue;
    if (auto reason = judge(doc, i)) mark_removed(doc.blocks[i], name, std::move(*reason));
  }
  // The headlines under a header go with it, up to the first line that is not one.
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& header = doc.blocks[i];
    if (header.removed_by != name || !is_list_header(header.text)) continue;
    std::string reason = "a headline listed under \"" + std::string(shape::trim(header.text)) + "\"";
    // Lines other stages removed inside the list are passed over; another header ends it. A
    // list whose items are teasers with date lines ("Jun 29, 2008 — Jim Bray") takes a teaser
    // that a date line follows, and, once it has taken one, a teaser closing the document.
    bool teasers = false;
    bool resources = is_resource_header(header.text);
    for (std::size_t j = i + 1; j < doc.blocks.size(); ++j) {
      Block& line = doc.blocks[j];
      if (!line.kept()) {
        if (line.removed_by == name && is_list_header(line.text)) break;
        continue;
      }
      if (!is_dated_line(line.text) && !is_list_headline(line.text) && !(resources && is_resource_entry(line.text))) {
        if (!is_listed_teaser(doc, j, teasers)) break;
        teasers = true;
      }
      mark_removed(line, name, reason);
    }
  }
}

}  // namespace pith
