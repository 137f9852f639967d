// Extraction: structure of the blocks, what is pruned, headline handling, options, deep pages.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "pith/html/html_parser.h"

namespace {

/// Wraps `body` in an article page with enough prose around it to be chosen as the article.
std::string article_page(const std::string& body, const std::string& head = "") {
  return "<!doctype html><html><head><title>Council votes on the budget</title>" + head +
         "</head><body><nav><a href=/>Home</a></nav><div class=\"article-body\">"
         "<p>The council voted on Tuesday to approve the budget, after a debate that lasted most of the day.</p>" +
         body +
         "<p>The next meeting, at which the council will discuss the new bus routes, is planned for March.</p>"
         "</div><footer>Contact us</footer></body></html>";
}

pith::Document extract(const std::string& page, const pith::Config& config = {}) {
  pith::Document doc;
  std::string err;
  REQUIRE(pith::parse_html(page, config, doc, &err));
  return doc;
}

std::vector<std::string> kept_texts(const pith::Document& doc) {
  std::vector<std::string> texts;
  for (const pith::Block& block : doc.blocks)
    if (block.kept()) texts.push_back(block.text);
  return texts;
}

bool has_text(const pith::Document& doc, const std::string& text) {
  for (const std::string& t : kept_texts(doc))
    if (t.find(text) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("HTML is recognised by its first markup", "[html][extract]") {
  for (const char* page : {"<!DOCTYPE html><html>", "\xEF\xBB\xBF  <html lang=en>", "\n\n<HEAD><title>x</title>",
                           "<div class=a>text</div>", "<!-- saved page --><html>", "<body><p>x",
                           // pages saved from the middle start with any element
                           "<style>p { margin: 0 }</style><p>x", "<NOSCRIPT><img src=a.gif></NOSCRIPT>",
                           "<nav class=top><a href=/>Home</a></nav>", "<b>Headline</b><br>"}) {
    INFO(page);
    CHECK(pith::looks_like_html(page));
  }
  for (const char* text : {"Plain text about <html> tags.", "a < b and c > d", "", "# Markdown heading",
                           "<john@example.com> wrote on Monday:", "<3 from all of us", "<stylesheet> is not a tag",
                           "<"}) {
    INFO(text);
    CHECK_FALSE(pith::looks_like_html(text));
  }
}

TEST_CASE("inline elements join with the page's own spacing, <br> breaks the line", "[html][extract]") {
  pith::Document doc = extract(article_page(
      "<p>Members <b>argued</b> over <a href=\"/x\">the plan</a>, then <em>agreed</em>.<br>A second line follows "
      "here.</p>"));
  CHECK(has_text(doc, "Members argued over the plan, then agreed.\nA second line follows here."));
}

TEST_CASE("blocks keep their structure", "[html][extract]") {
  pith::Document doc = extract(article_page(
      "<h2>What changes</h2><ul><li>Bus fares fall by ten per cent.</li><li>Parking costs rise.</li></ul>"
      "<blockquote><p>We listened to residents, the leader said at the meeting.</p></blockquote>"
      "<pre>line one\n  indented line</pre>"
      "<table><tr><th>Item</th><th>Cost</th></tr><tr><td>Buses</td><td>2m</td></tr></table>"));
  auto kind_of = [&](const std::string& text) {
    for (const pith::Block& block : doc.blocks)
      if (block.text == text) return pith::block_kind_name(block.kind);
    return std::string_view("missing");
  };
  CHECK(kind_of("What changes") == pith::block_kind_name(pith::BlockKind::heading));
  CHECK(kind_of("Bus fares fall by ten per cent.") == pith::block_kind_name(pith::BlockKind::list_item));
  CHECK(kind_of("Parking costs rise.") == pith::block_kind_name(pith::BlockKind::list_item));
  CHECK(kind_of("We listened to residents, the leader said at the meeting.") ==
        pith::block_kind_name(pith::BlockKind::quote));
  CHECK(kind_of("line one\n  indented line") == pith::block_kind_name(pith::BlockKind::preformatted));
  CHECK(kind_of("Buses | 2m") == pith::block_kind_name(pith::BlockKind::table_row));
}

TEST_CASE("lists and tables can be dropped, captions kept", "[html][extract]") {
  std::string page = article_page(
      "<ul><li>Bus fares fall by ten per cent.</li></ul><table><tr><td>Buses</td><td>2m</td></tr></table>"
      "<figure><img src=a.jpg><figcaption>The council chamber on Tuesday.</figcaption></figure>");
  pith::Config defaults;
  pith::Document doc = extract(page, defaults);
  CHECK(has_text(doc, "Bus fares fall"));
  CHECK(has_text(doc, "Buses | 2m"));
  CHECK_FALSE(has_text(doc, "The council chamber on Tuesday."));

  pith::Config config;
  config.keep_lists = false;
  config.keep_tables = false;
  config.keep_captions = true;
  doc = extract(page, config);
  CHECK_FALSE(has_text(doc, "Bus fares fall"));
  CHECK_FALSE(has_text(doc, "Buses | 2m"));
  CHECK(has_text(doc, "The council chamber on Tuesday."));
}

TEST_CASE("dropping tables keeps a page laid out in a table", "[html][extract]") {
  pith::Config config;
  config.keep_tables = false;
  pith::Document doc = extract(
      "<html><body><table><tr><td class=\"menu\"><a href=/>Home</a></td><td>"
      "<p>The old mill on the river will become a museum of local crafts, the trust announced on Friday.</p>"
      "<p>Volunteers have restored the wheel, which turned again last month for the first time since 1952.</p>"
      "<table><tr><td>Opening</td><td>1 June</td></tr></table>"
      "</td></tr><tr><td></td><td>The trust still needs forty volunteers for the summer, when the museum expects "
      "its busiest weeks, and it asks anyone with an afternoon a week to spare to write to the mill office.<br>"
      "Training is given on site, and no experience of old machinery is needed, the trust says, only patience and "
      "a liking for visitors of every age. Volunteers also get free entry to the county's other museums, and "
      "a lunch on the days they work, which the café in the old granary has offered to provide at no cost.</td></tr>"
      "</table></body></html>",
      config);
  CHECK(has_text(doc, "The trust still needs forty volunteers"));
  CHECK(has_text(doc, "The old mill on the river will become a museum"));
  CHECK(has_text(doc, "Volunteers have restored the wheel"));
  CHECK_FALSE(has_text(doc, "Opening | 1 June"));
}

TEST_CASE("links can be kept as text with their target", "[html][extract]") {
  std::string page = article_page("<p>The full report is on <a href=\"https://council.example/report\">the "
                                  "council's site</a> for anyone who wants to read it.</p>");
  pith::Config config;
  config.keep_links = true;
  CHECK(has_text(extract(page, config), "the council's site (https://council.example/report) for anyone"));
  CHECK(has_text(extract(page), "the council's site for anyone"));
}

TEST_CASE("the headline is metadata, not body text", "[html][extract]") {
  pith::Document doc = extract(article_page("<h2>Council votes on the budget</h2><h2>Subheading that stays</h2>",
                                            "<meta property=\"og:title\" content=\"Council votes on the budget\">"));
  CHECK(doc.meta.title == "Council votes on the budget");
  CHECK_FALSE(has_text(doc, "Council votes on the budget"));
  CHECK(has_text(doc, "Subheading that stays"));
  pith::Document with_h1 = extract(
      "<html><head><title>Council votes on the budget - Town Herald</title></head><body><article>"
      "<h1>Council votes on the budget</h1><p>The council voted on Tuesday to approve the budget, after a long "
      "debate.</p><h2>Subheading that stays</h2><p>The next meeting is planned for March, officials said "
      "afterwards.</p></article></body></html>");
  CHECK_FALSE(has_text(with_h1, "Council votes on the budget"));
  CHECK(has_text(with_h1, "Subheading that stays"));
  // A headline styled as a plain block goes too; a sentence that only starts like it stays.
  pith::Document styled = extract(
      "<html><head><title>Pescadores reciben nuevas licencias</title></head><body><div class=\"nota\">"
      "<div class=\"titular\">Pescadores reciben nuevas licencias</div>"
      "<p>Pescadores reciben nuevas licencias desde hoy, informó la cofradía del puerto en un comunicado.</p>"
      "<p>Las licencias cubren la temporada completa y se renovarán cada año, según la cofradía.</p>"
      "</div></body></html>");
  CHECK(kept_texts(styled).size() == 2);
  CHECK(has_text(styled, "Pescadores reciben nuevas licencias desde hoy"));
}

TEST_CASE("article sentences that mention furniture words stay", "[html][extract]") {
  pith::Document doc = extract(article_page(
      "<p>Advertising revenue at the paper fell by a fifth, its owners said in a statement on Monday.</p>"
      "<p>The minister shared the report on Twitter, where it was retweeted thousands of times.</p>"
      "<p>Cookie sales at the school fair raised more than expected for the new library.</p>"
      "<p>Subscriptions to the local orchestra have doubled since the concert hall reopened.</p>"));
  for (const char* text : {"Advertising revenue at the paper", "The minister shared the report on Twitter",
                           "Cookie sales at the school fair", "Subscriptions to the local orchestra"}) {
    INFO(text);
    CHECK(has_text(doc, text));
  }
}

TEST_CASE("hidden elements, forms and furniture inside the article are pruned", "[html][extract]") {
  pith::Document doc = extract(article_page(
      "<div hidden><p>Hidden teaser text that the page never shows to anybody.</p></div>"
      "<div style=\"display:none\"><p>Another invisible paragraph for crawlers only.</p></div>"
      "<div class=\"newsletter-signup\"><p>Sign up for our morning briefing, delivered daily.</p></div>"
      "<form><p>Your email address</p><button>Send</button></form>"
      "<div class=\"ad-container\"><p>Advertisement</p></div>"));
  for (const char* text : {"Hidden teaser", "invisible paragraph", "morning briefing", "Your email", "Advertisement"}) {
    INFO(text);
    CHECK_FALSE(has_text(doc, text));
  }
  CHECK(has_text(doc, "The council voted on Tuesday"));
  CHECK(has_text(doc, "The next meeting"));
}

TEST_CASE("bylines go, names inside sentences stay", "[html][extract]") {
  pith::Document doc = extract(article_page(
      "<div class=\"article-meta\"><span class=\"byline\">By Ruth Okafor</span> <time>3 May 2024</time></div>"
      "<p>The report was written by <span class=\"author\">Dr Tomas Lindqvist</span>, who has studied the "
      "harbour for twenty years.</p>"));
  CHECK_FALSE(has_text(doc, "By Ruth Okafor"));
  CHECK(has_text(doc, "The report was written by Dr Tomas Lindqvist, who has studied the harbour"));
}

TEST_CASE("a feed of teaser <article>s beside the story is not the story", "[html][extract]") {
  std::string teasers;
  for (const char* topic : {"the ferry timetable", "the new cycle lanes", "the school repairs", "the winter fair"})
    teasers += std::string("<article class=\"card\"><h3>Teaser</h3><p>A short summary about ") + topic +
               ", written to make readers click through, with a comma or two, and a little more text.</p></article>";
  pith::Document doc = extract(
      "<html><body><div class=\"wrap\"><article class=\"story\">"
      "<p>The harbour bridge reopened on Tuesday, two years after corrosion forced the council to shut it.</p>"
      "<p>Engineers replaced the bearing and most of the deck plates, at a cost of four million pounds.</p>"
      "<p>Shopkeepers on the quay said trade had fallen by a third while the bridge was closed.</p>"
      "</article><div class=\"more-stories\">" + teasers + "</div></div></body></html>");
  CHECK(has_text(doc, "The harbour bridge reopened on Tuesday"));
  CHECK(has_text(doc, "Shopkeepers on the quay"));
  CHECK_FALSE(has_text(doc, "A short summary about"));
}

TEST_CASE("social embeds in the article are reported as removed", "[html][extract]") {
  pith::Document doc = extract(article_page(
      "<blockquote class=\"twitter-tweet\"><p>Budget passed at last!</p>&mdash; A councillor (@cllr)</blockquote>"
      "<iframe src=\"https://www.youtube.com/embed/xyz\"></iframe>"
      "<blockquote class=\"instagram-media\"><a href=\"https://instagram.example/p/1\">A post shared by the "
      "mayor</a></blockquote>"));
  std::size_t embeds = 0;
  for (const pith::Block& block : doc.blocks)
    if (block.removed_by == "social-embed") ++embeds;
  CHECK(embeds == 3);
  CHECK_FALSE(has_text(doc, "Budget passed at last!"));
  CHECK(has_text(doc, "The council voted on Tuesday"));
}

TEST_CASE("a page of 100,000 nested elements is handled without recursion", "[html][extract]") {
  std::string page = "<html><body>";
  for (int i = 0; i < 100000; ++i) page += "<div>";
  page += "<p>The text at the bottom of a very deep page still comes out, whole and readable.</p>";
  for (int i = 0; i < 100000; ++i) page += "</div>";
  page += "</body></html>";
  pith::Document doc = extract(page);
  CHECK(has_text(doc, "The text at the bottom of a very deep page still comes out"));
}

TEST_CASE("odd markup is normal input", "[html][extract]") {
  for (const std::string& page : {std::string("<html><body></body></html>"), std::string("<div><p>unclosed"),
                                 std::string("<p>\0nul\0</p>", 12), std::string("<<<>>></></p></div>"),
                                 std::string("<table><td><table><td><p>cell text</table>")}) {
    pith::Document doc;
    std::string err;
    CHECK(pith::parse_html(page, pith::Config{}, doc, &err));
  }
}

TEST_CASE("other chunks of a long article, in wrappers made alike, join it", "[html][extract]") {
  struct Case {
    std::string chunk;    // five paragraphs after the long body, in the same wrapper class
    std::string body;     // one paragraph, numbered into the long body
    std::string wrapper;  // the class the layout gives every chunk
  };
  const Case cases[] = {
      {"<p>The first cases were confirmed on Tuesday in two states, and health officials met to plan what "
       "comes next.</p><p>Schools stay open for now, the ministry said, while hospitals prepare wards for "
       "patients with severe symptoms.</p><p>Travellers coming back from the affected regions are asked to "
       "stay at home for two weeks and to call their doctor first.</p><p>The ministry will publish new figures "
       "every morning at ten, on its website and in a short statement to the press.</p><p>Pharmacies report that masks and hand gel sold out in many "
       "towns within a day, and more deliveries are expected next week.</p>",
       "<p>Doctors say most patients have mild symptoms, such as a sore throat and a slight fever, and recover "
       "at home within two weeks",
       "row align-center"},
      {"<p>Der Stadtrat hat am Dienstag den Haushalt beschlossen, nach einer Debatte, die fast den ganzen Tag "
       "dauerte.</p><p>Die Opposition kritisierte vor allem die Kürzungen bei den Bibliotheken und den "
       "Schwimmbädern der Stadt.</p><p>Der Bürgermeister verteidigte den Plan und verwies auf die hohen "
       "Zinsen, die die Stadt seit zwei Jahren zahlen muss.</p><p>Im Frühjahr soll der Rat über die neuen "
       "Buslinien beraten, die der Verkehrsausschuss vorgeschlagen hat.</p><p>Die Gewerkschaften kündigten an, gegen die Kürzungen "
       "bei den städtischen Kitas zu protestieren, notfalls mit einem Streik.</p>",
       "<p>Die Verwaltung will in den nächsten Jahren vor allem in Schulen, Radwege und den Nahverkehr "
       "investieren, sagte der Kämmerer",
       "section-text"},
      {"<p>Le conseil municipal a adopté mardi le budget, après un débat qui a duré presque toute la "
       "journée.</p><p>L'opposition a surtout critiqué les coupes dans les bibliothèques et les piscines de "
       "la ville, selon les élus.</p><p>Le maire a défendu son plan en rappelant les taux d'intérêt élevés "
       "que la ville paie depuis deux ans déjà.</p><p>Au printemps, le conseil discutera des nouvelles lignes "
       "de bus proposées par la commission des transports.</p><p>Les syndicats ont annoncé qu'ils "
       "manifesteraient contre les coupes dans les crèches municipales, au besoin par une grève.</p>",
       "<p>La mairie veut investir surtout dans les écoles, les pistes cyclables et les transports en commun "
       "au cours des prochaines années",
       "bloc-article"},
  };
  for (const Case& c : cases) {
    INFO(c.wrapper);
    std::string body;
    for (int i = 0; i < 30; ++i) body += c.body + " (" + std::to_string(i) + ").</p>";
    std::string teasers;  // near miss: made alike too, but a list of links
    for (const char* topic : {"ferries", "cycle lanes", "school repairs", "the winter fair"})
      teasers += std::string("<li><a href=\"/s/") + topic + "\">More news about " + topic +
                 " from the region, in our live blog and the archive</a></li>";
    pith::Document doc = extract(
        "<html><body><article><h1>Headline</h1><div class=\"" + c.wrapper + "\">" + body + "</div>"
        "<div class=\"" + c.wrapper + "\">" + c.chunk + "</div>"
        "<div class=\"" + c.wrapper + "\"><ul>" + teasers + "</ul></div>"
        "<div class=\"" + c.wrapper + "\"><p>Advertisement: read more at the shop, where the offer is valid "
        "until the end of the month.</p></div>"
        "<div class=\"box-info\"><p>Our magazine brings the best stories of the week to your house, every "
        "Friday morning, with tips from the editors.</p><p>It costs less than a coffee a week, and you can stop "
        "it at any time with one call to our office.</p><p>We never share your address with anyone else, and "
        "you will get at most one issue a week.</p></div></article></body></html>");
    CHECK(has_text(doc, c.body.substr(3, 40)));
    CHECK(has_text(doc, c.chunk.substr(3, 40)));
    // near misses: an alike wrapper of links, one of a single short paragraph, prose in another wrapper
    CHECK_FALSE(has_text(doc, "More news about"));
    CHECK_FALSE(has_text(doc, "Advertisement: read more"));
    CHECK_FALSE(has_text(doc, "Our magazine brings"));
  }
}

TEST_CASE("comment sections that are all a page says are its content", "[html][extract]") {
  struct Case {
    std::string wrapper;                // the class the site gives its posts or entries
    std::vector<std::string> posts;     // each one post of the thread or entry of the ticker
  };
  const Case cases[] = {
      {"MtnComment",
       {"hello, does anyone have an idea what I could change? since the update my phone cannot reach the app store "
        "when I am out, only at home on the wifi.",
        "same here on two tablets, it started with the last update and nothing in the settings has changed at all, "
        "I checked every switch twice.",
        "try to reset the network settings and restart the phone, that fixed it for me after a day of looking for the "
        "cause, good luck."}},
      {"comment-body",
       {"Hallo zusammen, seit dem Update lädt mein Rechner keine Updates mehr herunter, obwohl die Verbindung sonst "
        "problemlos funktioniert und schnell ist.",
        "Bei mir war es die Firewall, die nach dem Update neue Regeln hatte, schau dort einmal nach und starte den "
        "Rechner danach neu.",
        "Danke, das war es tatsächlich, jetzt läuft alles wieder wie vorher, ich hätte nicht gedacht, dass es so "
        "einfach ist."}},
      {"live-match-comments",
       {"C'est terminé au stade ! Les deux équipes se quittent sur un score nul, après une seconde période très "
        "disputée et pleine d'occasions.",
        "Le coup franc est repoussé par le mur, puis le gardien capte le ballon sans trembler devant les "
        "attaquants adverses, bien placés.",
        "Les deux équipes se cherchent en ce début de match, avec beaucoup de duels au milieu du terrain et peu "
        "d'occasions franches."}},
  };
  for (const Case& c : cases) {
    INFO(c.wrapper);
    std::string thread;
    for (const std::string& post : c.posts)
      thread += "<div class=\"" + c.wrapper + "\"><span>user</span><p>" + post + "</p></div>";
    pith::Document doc = extract("<html><body><nav><a href=/>Home</a></nav><h1>Thread title</h1>"
                                 "<div class=\"posts\">" + thread + "</div><p>Log in to reply.</p></body></html>");
    for (const std::string& post : c.posts) CHECK(has_text(doc, post.substr(0, 40)));

    // near miss: a post of a few sentences beside the same comments; they stay comments
    pith::Document blog = extract(
        "<html><body><article><h1>A post</h1><p>We spent a week on the island and walked along the coast every "
        "day, from the harbour to the lighthouse and back again.</p><p>The weather was kind to us, and the "
        "people we met were kinder still, so we will go back next year.</p></article>"
        "<div class=\"comments\">" + thread + "</div></body></html>");
    CHECK(has_text(blog, "We spent a week on the island"));
    for (const std::string& post : c.posts) CHECK_FALSE(has_text(blog, post.substr(0, 40)));

    // near miss: a page with no article and a single short comment keeps it a comment
    pith::Document lone = extract("<html><body><h1>Gallery</h1><div class=\"" + c.wrapper + "\"><p>" +
                                  c.posts.front() + "</p></div></body></html>");
    CHECK_FALSE(has_text(lone, c.posts.front().substr(0, 40)));
  }
}

namespace {

/// Three paragraphs of article prose in a language, for pages built around them.
struct Prose {
  std::string headline, lead, body[3];
};

const Prose k_prose[] = {
    {"Ferry operator orders two electric boats",
     "The island ferry company will replace its diesel boats on the shortest crossing by 2027, cutting the fuel "
     "bill for the route by half.",
     {"The two boats, built by a yard on the mainland, will each carry up to 300 passengers and forty cars, the "
      "company said on Thursday.",
      "Charging points will be installed at both piers, with the cost shared between the company and the regional "
      "government.",
      "Islanders have long complained about the noise and smell of the old boats, which have served the crossing "
      "since the nineties."}},
    {"Stadtrat beschließt neue Buslinien",
     "Ab dem Sommer fahren drei neue Buslinien durch die Vororte, die bisher nur einmal in der Stunde an die "
     "Innenstadt angebunden waren.",
     {"Die Verkehrsbetriebe wollen dafür zwölf neue Busse anschaffen, die mit Strom fahren und in einem neuen Depot "
      "geladen werden.",
      "Die Opposition kritisierte die Kosten, stimmte aber am Ende mit der Mehrheit für den Plan der Verwaltung.",
      "Anwohner hatten sich seit Jahren über die langen Wartezeiten an den Haltestellen am Stadtrand beschwert."}},
    {"La mairie rénove la médiathèque",
     "Fermée depuis deux ans, la médiathèque du centre rouvrira ses portes au printemps, avec une salle de lecture "
     "agrandie et un café.",
     {"Les travaux ont coûté près de quatre millions d'euros, financés pour moitié par la région et pour moitié "
      "par la ville.",
      "Les bibliothécaires ont profité de la fermeture pour trier les collections et numériser les archives de la "
      "commune.",
      "Les horaires d'ouverture seront étendus au samedi soir, une demande ancienne des étudiants du quartier."}},
    {"El ayuntamiento abre un nuevo parque",
     "El antiguo solar de la estación se ha convertido en un parque de seis hectáreas con huertos, un lago y "
     "caminos para bicicletas.",
     {"Las obras, que empezaron hace tres años, costaron algo más de cinco millones de euros, según el concejal de "
      "urbanismo.",
      "Los vecinos podrán alquilar una parcela del huerto por una cuota pequeña, que se destinará al mantenimiento "
      "del parque.",
      "El parque abrirá todos los días desde las siete de la mañana hasta la medianoche, también en invierno."}},
};

std::string paragraphs(const Prose& prose) {
  return "<p>" + prose.body[0] + "</p><p>" + prose.body[1] + "</p><p>" + prose.body[2] + "</p>";
}

}  // namespace

TEST_CASE("a standfirst set as a heading is the article's lead", "[html][extract][lead]") {
  for (const Prose& prose : k_prose) {
    INFO(prose.headline);
    // The lead in an <h2> under the headline, apart from the body; a long headline-like heading
    // in a teaser rail after the article is a near miss, as is a lead-like heading in that rail.
    for (const std::string& lead_tag : {std::string("h2"), std::string("h3"), std::string("div")}) {
      std::string lead = lead_tag == "div" ? "<div class=\"standfirst\"><h2>" + prose.lead + "</h2></div>"
                                           : "<" + lead_tag + ">" + prose.lead + "</" + lead_tag + ">";
      pith::Document doc = extract(
          "<html><body><div class=\"page\"><div class=\"article-top\"><h1>" + prose.headline + "</h1>" + lead +
          "<p class=\"byline\">A. Writer</p></div><div class=\"article-text\">" + paragraphs(prose) +
          "</div></div><div class=\"rail\"><h2>Our readers' favourite stories of the year, chosen from more than a "
          "thousand letters sent to the newsroom.</h2><h3><a href=\"/a\">A teaser that links to another story</a>"
          "</h3></div></body></html>");
      CHECK(has_text(doc, prose.lead.substr(0, 40)));
      CHECK(has_text(doc, prose.body[2].substr(0, 40)));
      CHECK_FALSE(has_text(doc, "favourite stories of the year"));
      CHECK_FALSE(has_text(doc, "A. Writer"));
    }
  }
}

TEST_CASE("a lead is a short sentence, or prose without its full stop, but no dateline", "[html][extract][lead]") {
  struct Case {
    std::string lead;      // set apart between headline and body: kept
    std::string near_miss; // set apart beside it: dropped
  };
  const Case cases[] = {
      {"This post originally appeared on Grist.", "Updated 19 May 2024 | 09:01 | 3 min read"},
      {"Ein Gastbeitrag unserer Kollegen aus Wien.", "Aktualisiert am 19.05.2024, 09:01 Uhr"},
      {"Was seit Wochen vermutet wurde ist nun von der Stadt offiziell und schriftlich bestätigt worden",
       "Lesezeit 3 Minuten"},
      {"Lo que se rumoreaba desde hace semanas ha sido confirmado ahora de forma oficial por el ayuntamiento",
       "Publicado el 19/05/2024 a las 09:01"},
  };
  for (std::size_t i = 0; i < std::size(cases); ++i) {
    const Case& c = cases[i];
    const Prose& prose = k_prose[i % std::size(k_prose)];
    INFO(c.lead);
    pith::Document doc = extract("<html><body><div class=\"story\"><h1>" + prose.headline +
                                 "</h1><div class=\"dek\"><p>" + c.lead + "</p></div><div class=\"info-line\">" +
                                 c.near_miss + "</div><div class=\"story-text\">" + paragraphs(prose) +
                                 "</div></div></body></html>");
    CHECK(has_text(doc, c.lead));
    CHECK(has_text(doc, prose.body[0].substr(0, 40)));
    CHECK_FALSE(has_text(doc, c.near_miss));
  }
}

TEST_CASE("a headline set in a page banner still heads its lead", "[html][extract][lead]") {
  const std::string banners[] = {"<header class=\"page-hero\">", "<div class=\"hero-banner\">",
                                 "<section class=\"masthead-image\">"};
  const std::string closers[] = {"</header>", "</div>", "</section>"};
  for (std::size_t i = 0; i < std::size(banners); ++i) {
    const Prose& prose = k_prose[i];
    INFO(banners[i]);
    std::string intro = "<div class=\"intro\"><p>" + prose.lead + "</p></div>";
    std::string body = "<div class=\"text\">" + paragraphs(prose) + "</div>";
    pith::Document doc =
        extract("<html><body>" + banners[i] + "<h1>" + prose.headline + "</h1>" + closers[i] + intro + body + "</body></html>");
    CHECK(has_text(doc, prose.lead.substr(0, 40)));
    CHECK(has_text(doc, prose.body[1].substr(0, 40)));
    // near miss: a banner whose heading is no headline (an <h3> call to action) heads no lead
    pith::Document promo = extract("<html><body>" + banners[i] + "<h3>Subscribe</h3>" + closers[i] +
                                   "<div class=\"intro\"><p>Our newsletter brings the week's best stories to your "
                                   "inbox every Friday.</p></div>" + body + "</body></html>");
    CHECK_FALSE(has_text(promo, "Our newsletter brings"));
    CHECK(has_text(promo, prose.body[1].substr(0, 40)));
  }
}

TEST_CASE("where the page marks its main content, a box outside the mark does not win", "[html][extract]") {
  // A top drawer or sidebar box with one comma-rich paragraph outscores a short article nested
  // deeper than scores flow; the page's own mark decides.
  const std::string drawer =
      "<div class=\"top-panel\"><div class=\"container\"><div class=\"row\"><div class=\"col\"><div "
      "class=\"about-box\"><p>We repair kites, sails, boards, wetsuits, harnesses, bars, lines, pumps, bags, and, on "
      "request, almost anything else, quickly, carefully, and at fair prices, since 2006.</p></div></div></div></div>"
      "</div>";
  const std::string marks[][2] = {{"<main>", "</main>"},
                                  {"<div role=\"main\">", "</div>"},
                                  {"<section id=\"main\" itemprop=\"mainContentOfPage\">", "</section>"},
                                  {"<div itemprop=\"articleBody\">", "</div>"}};
  for (std::size_t i = 0; i < std::size(marks); ++i) {
    const Prose& prose = k_prose[i];
    INFO(marks[i][0]);
    std::string nested = "<div class=\"a\"><div class=\"b\"><div class=\"c\"><div class=\"d\"><div class=\"e\">"
                         "<div class=\"f\"><p>" + prose.body[0] + "</p><p>" + prose.body[1] +
                         "</p></div></div></div></div></div></div>";
    pith::Document doc = extract("<html><body>" + drawer + "<div id=\"wrapper\"><div id=\"container\">" + marks[i][0] +
                                 nested + marks[i][1] + "</div></div></body></html>");
    CHECK(has_text(doc, prose.body[0].substr(0, 40)));
    CHECK_FALSE(has_text(doc, "We repair kites"));
    // near miss: a mark holding next to nothing does not take the choice from the article
    pith::Document tiny = extract("<html><body>" + marks[i][0] + "<p>Welcome to our site, and enjoy reading.</p>" +
                                  marks[i][1] + "<div class=\"story\">" + paragraphs(prose) + "</div></body></html>");
    CHECK(has_text(tiny, prose.body[2].substr(0, 40)));
  }
}

TEST_CASE("teasers in a region named as furniture do not win over a short post", "[html][extract]") {
  // Each teaser is one comma-rich sentence, scoring more than the post's plain paragraphs.
  const std::string regions[] = {"related-posts", "sidebar", "more-recommended"};
  for (std::size_t i = 0; i < std::size(regions); ++i) {
    const Prose& prose = k_prose[i];
    INFO(regions[i]);
    std::string teaser =
        "<div class=\"card\"><div class=\"content\"><h4><a href=\"/t\">Teaser</a></h4><p>Apples, pears, plums, "
        "cherries, quinces, medlars, damsons, figs, grapes, and, of course, berries of every kind: what to plant "
        "this autumn.</p></div></div>";
    pith::Document doc = extract(
        "<html><body><div class=\"wrap\"><div class=\"post-entry\">" + paragraphs(prose) + "</div><div class=\"" +
        regions[i] + "\"><div class=\"grid\">" + teaser + "<div class=\"card\"><p>A short one.</p></div></div></div>"
        "</div></body></html>");
    CHECK(has_text(doc, prose.body[0].substr(0, 40)));
    CHECK_FALSE(has_text(doc, "Apples, pears, plums"));
    // near miss: a named wrapper holding most of the page's prose is layout, not a region
    pith::Document wrapped = extract("<html><body><div class=\"content-with-" + regions[i] + "\"><div class=\"inner\">" +
                                     teaser + "<div class=\"post-entry\">" + paragraphs(prose) + paragraphs(prose) +
                                     "</div></div></div></body></html>");
    CHECK(has_text(wrapped, prose.body[0].substr(0, 40)));
  }
}

TEST_CASE("comments kept by request are added after the article, never chosen instead of it", "[html][extract]") {
  // Comma-rich comments, two paragraphs each and together far longer than the post, so that as
  // a container they outscore it.
  const std::string comments[] = {
      "Well, I have to say, having lived there for ten years, that the plan is late, too expensive, and, frankly, "
      "not what most of us asked for at the meeting last spring.",
      "Agreed, mostly, but the old service was slow, crowded, unreliable, and, in winter, often cancelled without "
      "any notice at all, so anything is better.",
      "Who pays for it, though? The region, the town, the operator, or, as usual, the people who use it every day "
      "and have no say in any of this?",
      "My parents, my neighbours, and I all signed the petition, wrote letters, went to the hearings, and, in the "
      "end, nobody listened to a word we said.",
      "Good news, finally, for the commuters, the students, and the shop owners, who have waited, patiently, for "
      "far too long for a decision like this one.",
      "Honestly, the timetable, the fares, and the routes matter more to me than the engines, whatever the press "
      "release, the mayor, or the operator say.",
      "In my experience, which is long, varied, and mostly unhappy, new boats break down more often, not less, "
      "during their first two or three winters.",
      "Could someone, anyone, explain why the tender, the contract, and the budget were never published, "
      "discussed, or even mentioned before this week?",
      "As a fisherman, a father, and a taxpayer, I welcome the quieter boats, though I fear, as many do, that the "
      "fares will rise again next year.",
      "Thanks, editors, for the clear, short, and balanced report; most papers, sadly, only printed the statement "
      "the company sent them on Thursday.",
  };
  struct Case {
    std::string open, item_open, item_close, close;  // the comment section and each comment in it
  };
  const Case cases[] = {
      {"<div id=\"comments\">", "<div class=\"comment\"><b>reader</b>", "</div>", "</div>"},
      {"<section class=\"comment-list\">", "<article class=\"comment\"><footer>reader</footer>", "</article>",
       "</section>"},
      {"<ol class=\"commentlist\">", "<li class=\"comment even\"><div class=\"comment-body\">", "</div></li>",
       "</ol>"},
  };
  for (std::size_t i = 0; i < std::size(cases); ++i) {
    const Case& c = cases[i];
    const Prose& prose = k_prose[i];
    INFO(c.open);
    std::string section = c.open;
    for (std::size_t k = 0; k + 1 < std::size(comments); k += 2)
      section += c.item_open + "<p>" + comments[k] + "</p><p>" + comments[k + 1] + "</p>" + c.item_close;
    section += c.close;
    std::string page = "<html><body><nav><a href=/>Home</a></nav><div id=\"content\"><h2>17 July</h2>"
                       "<div class=\"post\"><h1>" + prose.headline + "</h1><div class=\"text\">" + paragraphs(prose) +
                       "</div><div class=\"meta\">posted at 12:53 in <a href=/n>News</a></div></div>"
                       "<h2>Comments</h2>" + section + "</div><div id=\"sidebar\"><p>About this blog, written by "
                       "a lawyer who likes boats.</p></div><footer>Contact us</footer></body></html>";
    pith::Config keep;
    keep.keep_comments = true;
    pith::Document with = extract(page, keep);
    for (const std::string& paragraph : prose.body) CHECK(has_text(with, paragraph.substr(0, 40)));
    for (const std::string& comment : comments) CHECK(has_text(with, comment.substr(0, 40)));
    CHECK_FALSE(has_text(with, "a lawyer who likes boats"));

    pith::Document without = extract(page);
    for (const std::string& paragraph : prose.body) CHECK(has_text(without, paragraph.substr(0, 40)));
    for (const std::string& comment : comments) CHECK_FALSE(has_text(without, comment.substr(0, 40)));
  }
}

namespace {

/// A page whose article sits in one box and whose next box, named by hashed classes only,
/// opens with `heading` over `paragraphs`.
std::string page_with_box_after(const std::string& heading, const std::vector<std::string>& paragraphs) {
  std::string box;
  for (const std::string& p : paragraphs) box += "<div class=\"sc-9f2k1\"><p class=\"css-1q2w3e\">" + p + "</p></div>";
  return "<!doctype html><html><head><title>Library opens on Sundays</title></head><body><div class=\"sc-a1b2c3\">"
         "<div class=\"sc-d4e5f6\"><h1>Library opens on Sundays</h1>"
         "<p>The central library will open on Sundays from April, for the first time since 2010, the council said.</p>"
         "<p>The extra hours will be staffed by two new part-time librarians and a rota of volunteers from the town.</p>"
         "<p>The library manager said Sunday opening was the most common request in last year's survey of readers.</p>"
         "<p>The library will open from eleven to four, and the children's section will hold a story time at noon.</p></div>"
         "<div class=\"sc-g7h8i9\"><p class=\"css-0x9y8z\">" + heading + "</p>" + box + "</div>"
         "</div></body></html>";
}

}  // namespace

TEST_CASE("a box beside the article that opens with a comment heading is no more of the article", "[html][extract]") {
  const std::vector<std::string> comments = {
      "I have lived here for forty years and I can tell you that nothing the council promises ever happens on time, mark my words.",
      "That is simply not true. The school extension on Mill Lane was finished early and under budget two years ago, as everyone knows.",
      "Does anyone know whether the bus route will change while the works go on? My mother depends on the number twelve bus.",
      "The number twelve is supposed to be diverted along the high street, according to the leaflet we got through the door.",
      "Sunday opening is a waste of money when the roof of the reading room still leaks every time it rains in the winter.",
  };
  for (const char* heading : {"Comments (3)", "Comments", "12 comments", "Kommentare (4)", "Leserkommentare", "Comentarios (5)",
                              "Commentaires", "Commenti (3)", "Comentários"}) {
    INFO(heading);
    pith::Document doc = extract(page_with_box_after(heading, comments));
    CHECK(has_text(doc, "The central library will open on Sundays"));
    CHECK(has_text(doc, "story time at noon"));
    CHECK_FALSE(has_text(doc, "forty years"));
    CHECK_FALSE(has_text(doc, "number twelve bus"));
  }
}

TEST_CASE("a box that continues the article stays though it mentions comments", "[html][extract]") {
  const std::vector<std::string> more = {
      "Comments from residents at the public meeting were mixed, and several asked for longer opening hours on Saturdays too.",
      "The council said it would review the hours after six months and publish the number of visitors each Sunday.",
      "Borrowers can also renew books online and reserve titles from the other branches of the town's library service.",
      "The library was last refurbished in 2019, when the reading room was extended and a café opened on the ground floor.",
      "Volunteers who want to join the Sunday rota can sign up at the front desk or by calling the library during the week.",
  };
  // A heading that is no comment thread's: the article's own subheading.
  for (const char* heading : {"What residents said", "Comments from the council", "Kommentar der Redaktion: ein guter Tag",
                              "Los comentarios del alcalde"}) {
    INFO(heading);
    pith::Document doc = extract(page_with_box_after(heading, more));
    CHECK(has_text(doc, "Comments from residents at the public meeting were mixed"));
    CHECK(has_text(doc, "renew books online"));
  }
}
