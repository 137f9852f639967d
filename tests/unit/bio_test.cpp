// bio: an author's standing bio and contact lines go; article sentences about people stay.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;
using pith::test::removed_by_filter;

namespace {

/// `head`, two article paragraphs, then `tail` as the document's last lines: what bio removes of the tail.
std::vector<bool> removed_after(std::vector<std::string> lines, const std::vector<std::string>& tail) {
  lines.push_back("The county council voted 7-2 on Thursday to reopen the Riverside rail line to passenger trains.");
  lines.push_back("Officials said the first passenger services could run by the spring of 2027.");
  std::size_t start = lines.size();
  lines.insert(lines.end(), tail.begin(), tail.end());
  std::vector<bool> removed = removed_by_filter("bio", lines);
  return {removed.begin() + static_cast<std::ptrdiff_t>(start), removed.end()};
}

/// Two article paragraphs, then `tail` as the document's last lines: what bio removes of them.
std::vector<bool> removed_at_end(const std::vector<std::string>& tail) { return removed_after({}, tail); }

}  // namespace

TEST_CASE("bio removes an author's bio at the end of the document", "[filter][bio]") {
  for (const char* line : {
           "Jane Roe is a staff writer for the Lakeside Daily Herald.",
           "— Sam Ortiz is a writer, a panelist on Weekly Review, and a fellow at the Hill Institute. He tweets "
           "@samortiz.",
           "Maria Costa (@mcosta) is a contributor to the Herald's opinion blog and a former city official.",
           "Paul Baker is a contributing staff writer for ExampleHealth.com. His pet peeves are food additives.",
           "Ana Lima, CPA, is founder and CEO of Lima Associates, a consulting firm. She has advised three "
           "governments.",
           "Ana García es periodista y colaboradora de Diario del Sur.",
           "Jonas Weber ist Redakteur im Wirtschaftsressort der Tageszeitung.",
           "Claire Martin est journaliste au service culture du Quotidien.",
           "João Silva é repórter do Jornal da Serra desde 2015.",
           "Marco Rossi è giornalista e scrittore, collabora con Cronache Liguri.",
       }) {
    INFO(line);
    CHECK(removed_at_end({line}) == std::vector<bool>{true});
  }
}

TEST_CASE("bio removes a bio that a source list follows", "[filter][bio]") {
  // The bio closes the article; what follows is the list of its sources: labels and links.
  const std::vector<std::string> sources = {
      "Sources:", "Why the river flooded:", "http://example.org/floods/2017-report", "Rainfall records:",
      "https://weather.example.net/archive", "www.example.com/maps",
  };
  for (const char* bio : {
           "Paul Baker is a contributing staff writer for ExampleHealth.com. His pet peeves are food additives.",
           "Ana García es periodista y colaboradora de Diario del Sur.",
           "Jonas Weber ist Redakteur im Wirtschaftsressort der Tageszeitung.",
       }) {
    INFO(bio);
    std::vector<std::string> tail = {bio};
    tail.insert(tail.end(), sources.begin(), sources.end());
    CHECK(removed_at_end(tail).front());
  }
  // Near-misses: an article paragraph after the source label is no source list, and an
  // article sentence before a source list is no bio.
  std::vector<bool> removed =
      removed_at_end({"Paul Baker is a contributing staff writer for ExampleHealth.com.", "Sources:",
                      "The river rose two metres overnight, and the council opened three shelters for families.",
                      "Rescue teams worked through the night to reach the farms cut off by the water.",
                      "Officials said the damage would take months to repair, and asked for patience.",
                      "http://example.org/floods"});
  CHECK_FALSE(removed.front());
  removed = removed_at_end({"Smith was a reporter for the Gazette before she joined the council in 2019.",
                            "Sources:", "http://example.org/floods/2017-report"});
  CHECK_FALSE(removed.front());
}

TEST_CASE("bio removes the author's name alone over the bio", "[filter][bio]") {
  for (const char* name : {"Paul Baker", "Paul-Baker", "PAUL BAKER", "paul_baker"}) {
    INFO(name);
    CHECK(removed_at_end({name, "Paul Baker, CPA, is a contributing staff writer for ExampleHealth.com."}) ==
          std::vector<bool>{true, true});
  }
  CHECK(removed_at_end({"Ana García", "Ana García es periodista y colaboradora de Diario del Sur."}) ==
        std::vector<bool>{true, true});
  // Near-misses: another name, or a name with more on its line, over the bio.
  CHECK(removed_at_end({"Paul Bakers", "Paul Baker is a contributing staff writer for ExampleHealth.com."}) ==
        std::vector<bool>{false, true});
  CHECK(removed_at_end({"Paul Baker reports", "Paul Baker is a contributing staff writer for ExampleHealth.com."}) ==
        std::vector<bool>{false, true});
}

TEST_CASE("bio keeps article sentences about writers and officials", "[filter][bio]") {
  // Among the last lines, but no bio: a past role, an official's role without more about them,
  // a sentence that does not open with the name.
  for (const char* line : {
           "Smith was a reporter for the Gazette before she joined the council in 2019.",
           "Lopez is president of the union, which represents 4,000 workers.",
           "The reporter who broke the story, Jane Roe, is a staff writer at the Herald.",
           "The council is a writer's dream of bureaucracy, one critic joked.",
           "El alcalde es abogado de profesión y lleva diez años en el cargo.",
       }) {
    INFO(line);
    CHECK(removed_at_end({line}) == std::vector<bool>{false});
  }
  // A bio sentence in the middle of the article is the article's.
  CHECK_FALSE(filter_removes_in_context("bio", "Jane Roe is a staff writer for the Lakeside Daily Herald."));
}

TEST_CASE("bio removes an organisation's standing paragraph at the end of the document", "[filter][bio]") {
  for (const char* line : {
           "Example News is an independent news agency devoted to reporting on medicine. Its team reaches 700,000 "
           "readers a month.",
           "Northern Chemical Society, NCS is a congressionally chartered independent membership organization which "
           "represents chemists.",
           "Brightwave Ltd is a leading provider of solar inverters. For more information, visit www.example.com.",
           "Grupo Sierra es una empresa líder en energía solar con sede en Sevilla.",
           "Nordwerk ist ein führender Hersteller von Pumpen mit Sitz in Kassel.",
           "Solvant est une entreprise indépendante fondée en 1998 à Lyon.",
           "A Serra Verde é uma empresa fundada em 2001 com sede em Curitiba.",
           "Alpina è un'azienda leader nel settore tessile con sede a Biella.",
       }) {
    INFO(line);
    CHECK(removed_at_end({line}) == std::vector<bool>{true});
  }
}

TEST_CASE("bio keeps article sentences about organisations", "[filter][bio]") {
  for (const char* line : {
           "Acme is a company that makes brakes, and its shares fell 3% on Friday.",
           "Boeing is a leading manufacturer of aircraft, and the strike will cost it dearly, analysts said.",
           "The agency is a leading provider of flood data for the region.",
           "Greenpeace is an independent campaigning organization, according to its charter, but critics disagree.",
           "Nordwerk ist ein Hersteller von Pumpen, sagte der Sprecher.",
       }) {
    INFO(line);
    CHECK(removed_at_end({line}) == std::vector<bool>{false});
  }
  // A standing paragraph in the middle of the article is the article's.
  CHECK_FALSE(filter_removes_in_context(
      "bio", "Brightwave Ltd is a leading provider of solar inverters. For more information, visit www.example.com."));
}

TEST_CASE("bio removes how to reach the author, wherever it stands", "[filter][bio]") {
  for (const char* line : {
           "She can be reached at jroe@example.com.",
           "Jane Roe is a staff writer for the Lakeside Daily Herald. She can be reached at jroe@example.com.",
           "You can reach him at @samortiz or 555-010-0199.",
           "RSS feed for Jane Roe",
           "Ana García puede ser contactada en agarcia@example.es",
           "Jonas Weber ist erreichbar unter jweber@example.de",
           "Claire Martin peut être jointe à cmartin@example.fr",
           "João Silva pode ser contatado em jsilva@example.com.br",
           "Marco Rossi può essere contattato a mrossi@example.it",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("bio", line));
  }
  for (const char* line : {
           "The company can be reached at its headquarters in Leeds, a spokesman said.",
           "The summit can be reached on foot in about four hours.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("bio", line));
  }
}

TEST_CASE("bio removes a header over a bio with the paragraphs under it", "[filter][bio]") {
  CHECK(removed_at_end({"About the author", "Jane Roe covers transport for the Herald.",
                        "Her first book, on railways, came out in 2021."}) == std::vector<bool>{true, true, true});
  CHECK(removed_at_end({"About Sam Ortiz", "I am a blogger and engineer in the Bay Area.",
                        "One of my tenets is that ideologies tend to suck."}) == std::vector<bool>{true, true, true});
  CHECK(removed_at_end({"Über den Autor", "Jonas Weber schreibt seit 2010 über die Bahn."}) ==
        std::vector<bool>{true, true});
  CHECK(removed_at_end({"À propos de l'auteur", "Claire Martin couvre la culture depuis dix ans."}) ==
        std::vector<bool>{true, true});
  CHECK(removed_at_end({"Sobre o autor", "João Silva cobre economia desde 2015."}) == std::vector<bool>{true, true});
  CHECK(removed_at_end({"Sobre el autor", "Ana García cubre política desde 2012."}) == std::vector<bool>{true, true});
  CHECK(removed_at_end({"L'autore", "Marco Rossi scrive di cronaca dal 2008."}) == std::vector<bool>{true, true});
  // An article's heading "About the study" is no header over a name.
  CHECK(removed_at_end({"About the study", "The researchers followed 2,000 commuters for a year."}) ==
        std::vector<bool>{false, false});
  // "About <name>" whose paragraph speaks of something else is the article's.
  CHECK(removed_at_end({"About Face", "The council's change of mind surprised residents."}) ==
        std::vector<bool>{false, false});
}

TEST_CASE("bio removes contact lines at the end of the document", "[filter][bio]") {
  CHECK(removed_at_end({"Contact:", "Jane Roe", "Tel: +1 888 555 0100", "Email: press@example.com",
                        "website: https://www.example.com"}) == std::vector<bool>{true, true, true, true, true});
  CHECK(removed_at_end({"For tickets call 555-0100 before Friday, organisers said."}) == std::vector<bool>{false});
}

TEST_CASE("bio removes the names in a contact block with its header", "[filter][bio]") {
  // Names and organisations between a contact header and its numbers, or ending the document.
  CHECK(removed_at_end({"Contact\u2013", "Mr. Ameya Pingaley", "Example Market Research Ltd.", "Phone: +1 555 0100"}) ==
        std::vector<bool>{true, true, true, true});
  CHECK(removed_at_end({"Media Contact", "Jane Roe", "Lakeside Analytics", "jane.roe@example.com"}) ==
        std::vector<bool>{true, true, true, true});
  CHECK(removed_at_end({"Pressekontakt:", "Maria Muster", "Beispiel AG", "Tel.: +49 30 1234567"}) ==
        std::vector<bool>{true, true, true, true});
  CHECK(removed_at_end({"Contacto de prensa:", "Ana García", "Ejemplo Comunicación S.A."}) ==
        std::vector<bool>{true, true, true});
  CHECK(removed_at_end({"Contatto stampa:", "Giulia Rossi", "Esempio Srl", "giulia.rossi@esempio.it"}) ==
        std::vector<bool>{true, true, true, true});
  // A sentence after the header ends the block: the lines after it are the article's.
  CHECK(removed_at_end({"Contact:", "The council said residents would be told of the new timetable by post.",
                        "Jane Roe"}) == std::vector<bool>{true, false, false});
  // Short lines without a contact header above them stay.
  CHECK(removed_at_end({"Jane Roe", "Lakeside Analytics", "Tel: +1 888 555 0100"}) ==
        std::vector<bool>{false, false, true});
  // A name line that is a sentence stops the run before the contact lines.
  CHECK(removed_at_end({"Kontakt:", "Wer Fragen hat, kann sich an das Bürgeramt wenden!", "Tel.: +49 30 1234567"}) ==
        std::vector<bool>{true, false, true});
}

TEST_CASE("bio removes a messenger's user name among the last lines", "[filter][bio]") {
  for (const char* line : {"Skype: americaneveryman", "skype: jane.roe", "WeChat: ana_garcia88", "Telegram: @jonasweber"}) {
    INFO(line);
    CHECK(removed_at_end({line}) == std::vector<bool>{true});
  }
  // Prose after the label, or a label with no colon, is the article's.
  for (const char* line : {"Skype: the service will close in May", "Telegram: un canal con dos millones de usuarios",
                           "Skype americaneveryman"}) {
    INFO(line);
    CHECK(removed_at_end({line}) == std::vector<bool>{false});
  }
}

TEST_CASE("bio takes a German writer's role compounded with the beat", "[filter][bio]") {
  for (const char* line : {
           "Jens Harmsen ist Lokalredakteur in Süderwarft.",
           "Petra Lang ist Wirtschaftsjournalistin und lebt in Frankfurt.",
           "Tobias Keller ist Auslandskorrespondent in Rom.",
           "Anna Berg ist Sportreporterin beim Nordkurier.",
       }) {
    INFO(line);
    CHECK(removed_at_end({line}) == std::vector<bool>{true});
  }
  // Near-misses: compounds that are no writer's role, and a writer's role in the middle of the
  // article.
  for (const char* line : {
           "Der Bürgermeister ist Verfechter der neuen Linie und will sie bis 2029 bauen.",
           "Die Stadt ist Eigentümerin des Geländes, sagte der Sprecher.",
           "Die Klägerin ist Anwohnerin der Weidenstraße und Mutter zweier Kinder.",
       }) {
    INFO(line);
    CHECK(removed_at_end({line}) == std::vector<bool>{false});
  }
  CHECK_FALSE(filter_removes_in_context("bio", "Jens Harmsen ist Lokalredakteur in Süderwarft."));
}

namespace {

/// A headline, `byline`, two article paragraphs, then `tail`: what bio removes of the tail.
std::vector<bool> removed_under_byline(const std::string& byline, const std::vector<std::string>& tail) {
  return removed_after({"Council votes to reopen the Riverside rail line", byline}, tail);
}

}  // namespace

TEST_CASE("bio removes a sentence about the byline's author near the end, in six languages", "[filter][bio]") {
  struct Case {
    const char* byline;
    const char* bio;
  };
  for (const Case& c : {
           Case{"Oliver Brandt", "Oliver Brandt is chief football writer. He joined the paper in 2011."},
           Case{"By Dana Whitcombe, Local Government Reporter", "Dana Whitcombe covers the city council and transport."},
           Case{"Von Katrin Wohlfahrt", "Katrin Wohlfahrt berichtet seit 2019 aus dem Landkreis."},
           Case{"Por Alberto Monreal", "Alberto Monreal cubre los tribunales de Aragón desde 2008."},
           Case{"Par Antoine Delattre avec AFP", "Antoine Delattre couvre les affaires judiciaires dans la métropole."},
           Case{"di Giulia Pezzotti", "Giulia Pezzotti segue la cronaca di Brescia e della provincia."},
           Case{"Rui Magalhães | 20 de janeiro de 2026", "Rui Magalhães acompanha a política local desde 2015."},
       }) {
    INFO(c.bio);
    CHECK(removed_under_byline(c.byline, {c.bio}) == std::vector<bool>{true});
    // Short chrome lines may follow it.
    CHECK(removed_under_byline(c.byline, {c.bio, "Share on X", "Reuse this content", "Back to top"}) ==
          std::vector<bool>{true, false, false, false});
  }
}

TEST_CASE("bio keeps sentences about people the byline does not name as its author", "[filter][bio]") {
  // The name in the headline, not a byline: the story is about her.
  CHECK(removed_at_end({"Dana Whitcombe said she would appeal the ruling."}) == std::vector<bool>{false});
  // The author named in the byline, then the article goes on after the sentence.
  CHECK(removed_under_byline("By Dana Whitcombe",
                             {"Dana Whitcombe spent three months reporting this story.",
                              "The council will vote again in May, when the budget for the line is set."}) ==
        std::vector<bool>{false, false});
  // A byline's name that only shares a first name, or names another person.
  CHECK(removed_under_byline("By Dana Whitcombe", {"Dana Whitcomber spent three months reporting this story."}) ==
        std::vector<bool>{false});
  CHECK(removed_under_byline("Von Katrin Wohlfahrt", {"Landrat Bernd Eichinger will gegen den Beschluss klagen."}) ==
        std::vector<bool>{false});
  // A line of the first lines that names someone in a sentence is no byline.
  CHECK(removed_under_byline("Oliver Brandt scored twice in the final on Sunday.",
                             {"Oliver Brandt is expected to sign a new contract this week."}) ==
        std::vector<bool>{false});
}

TEST_CASE("bio removes the author's address under a label naming the author, in six languages", "[filter][bio]") {
  for (const char* line : {"Contact the author: jroe@example.com", "Kontakt zur Autorin: khollmann@example.com",
                           "Contacter l'auteur : hmorvan@example.com", "Contacta con la autora: larrabal@example.com",
                           "Fale com a autora: jsaraiva@example.com", "Contatta l'autore: mferrandi@example.com"}) {
    INFO(line);
    CHECK(removed_at_end({line}) == std::vector<bool>{true});
  }
  // The label over words, not an address: a sentence of the story.
  for (const char* line : {"Contact the author: she asked readers to write in with their own stories.",
                           "Kontakt zum Autor: Den suchte die Polizei seit Wochen vergeblich."}) {
    INFO(line);
    CHECK(removed_at_end({line}) == std::vector<bool>{false});
  }
}

TEST_CASE("bio removes the site's name printed under the article", "[filter][bio]") {
  const std::string a = "The council approved the budget on Tuesday after a long debate over school funding.";
  const std::string b = "Opposition members said the cuts would hurt the poorest districts the most.";
  for (const char* line : {
           "Caroline’s Breast Cancer Blog",
           "NESARA- Restore America – Galactic News",
           "THE LIBERTY LANTERN — News the Mainstream Won't Touch",
           "Freie Stimme – Das unabhängige Nachrichtenportal",
           "Gol Sureño | El blog del fútbol andaluz",
       }) {
    INFO(line);
    CHECK(pith::test::removed_by_filter("bio", {a, b, line}) == std::vector<bool>{false, false, true});
    CHECK(pith::test::removed_by_filter("bio", {a, b, line, a}) == std::vector<bool>{false, false, true, false});
  }
}

TEST_CASE("bio keeps a list of outlets, sentences and names far from the end", "[filter][bio]") {
  const std::string a = "The council approved the budget on Tuesday after a long debate over school funding.";
  const std::string b = "Opposition members said the cuts would hurt the poorest districts the most.";
  CHECK(pith::test::removed_by_filter("bio", {a, "The New York Times", "The Washington Post", "Fox News"}) ==
        std::vector<bool>{false, false, false, false});
  for (const char* line : {
           "Watch the full interview on CBS News",
           "Read the full report in the Daily Herald.",
           "Where Is The News?",
           "Fact check: what the president said about the news media",
       }) {
    INFO(line);
    CHECK(pith::test::removed_by_filter("bio", {a, b, line}) == std::vector<bool>{false, false, false});
  }
  CHECK(pith::test::removed_by_filter("bio", {a, "Caroline’s Breast Cancer Blog", a, b, a, b}) ==
        std::vector<bool>{false, false, false, false, false, false});
  CHECK(pith::test::removed_by_filter("bio", {"Caroline’s Breast Cancer Blog", a}) == std::vector<bool>{false, false});
}

TEST_CASE("bio removes a bio whose role ends its sentence, and a health writer's bio", "[filter][bio]") {
  const std::string a = "The council approved the budget on Tuesday after a long debate over school funding.";
  const std::string b = "Opposition members said the cuts would hurt the poorest districts the most.";
  for (const char* line : {
           "Owen Pritchard is Gadget Den's mobile editor. He has been reviewing phones since 2001.",
           "Sarah Whitfield is a certified holistic nutritionist and mother of three. She writes about natural "
           "remedies from her home in Oregon.",
           "Tom Reyes is a life coach. He writes about habits and money on his blog.",
       }) {
    INFO(line);
    CHECK(pith::test::removed_by_filter("bio", {a, b, line}) == std::vector<bool>{false, false, true});
  }
  for (const char* line : {
           "Maria Lopez is a longtime activist. She said she would run again next year.",
           "Dr. Alan Weiss is a physician at Mercy Hospital. He said the clinic would reopen in May.",
           "Sarah Whitfield is a certified holistic nutritionist and mother of three.",
       }) {
    INFO(line);
    CHECK(pith::test::removed_by_filter("bio", {a, b, line}) == std::vector<bool>{false, false, false});
  }
}

TEST_CASE("bio removes a writer's tenure at the end of the document: a writing verb, for whom, since when",
          "[filter][bio]") {
  for (const char* line : {
           "Theo Marchetti has reviewed film and television for Reelside since 2014. His favourite film is still "
           "Jaws. Follow him on Twitter @theo_watches.",
           "Jane Roe has covered city hall for the Harbour Times since 2011.",
           "Anna Weber schreibt seit 2012 für den Lindenauer Kurier über Stadtpolitik.",
           "Luc Martin couvre la politique locale depuis 2015 pour Le Petit Journal.",
           "Ana Souza escreve para a Folha do Vale desde 2016.",
           "Marco Bianchi scrive per Cronache Liguri dal 2010.",
           "Gwenola Le Floch suit la course au large pour Cap Large depuis 2009. Elle a elle-m\xC3\xAAme couru "
           "deux Solitaires du Figaro.",
           "Jane Roe has followed Formula One for Pitlane Weekly since 2012.",
       }) {
    INFO(line);
    CHECK(removed_at_end({line}) == std::vector<bool>{true});
  }
  for (const char* line : {
           "Mayor Jane Smith has covered the deficit since 2019 with new taxes.",
           "Dr. Ana Lima has worked for the Red Cross since 2009.",
           "Jane Roe has written to the council every week since 2018, she said.",
           "Luc Martin écrit depuis 2015 des lettres au maire, sans réponse.",
           "Jean Dupont suit ce dossier pour le minist\xC3\xA8re depuis 2018.",
           "The mayor has followed the case for months since 2019, aides said.",
       }) {
    INFO(line);
    CHECK(removed_at_end({line}) == std::vector<bool>{false});
  }
}

TEST_CASE("bio removes an end-of-page bio whose verb says the person writes, whatever the role", "[filter][bio]") {
  for (const char* line : {
           "Andrea Lusardi, Maestro FIDE, scrive di scacchi dal 2009. Segue tornei open e campionati giovanili in "
           "tutta Italia.",
           "Tom Hale, a former club captain, writes about cycling and the county's lanes.",
           "Lena Vogt, Diplom-Biologin, schreibt \xC3\xBC" "ber Natur und Garten.",
           "Claire Morel, ancienne cheffe, \xC3\xA9" "crit sur la cuisine de saison.",
       }) {
    INFO(line);
    CHECK(removed_at_end({line}) == std::vector<bool>{true});
  }
  // Any role with a beat that is not writing: a story's last sentence about someone.
  for (const char* line : {
           "Mario Rossi, sindaco di Modena, segue la vicenda da vicino.",
           "Tom Hale, a former club captain, covers the cost of the new kit himself.",
       }) {
    INFO(line);
    CHECK(removed_at_end({line}) == std::vector<bool>{false});
  }
}

TEST_CASE("bio takes a critic's and a reviewer's bio at the end of the document", "[filter][bio]") {
  for (const char* line : {
           "Georgina Pell is Footlights' East of England critic. She has reviewed regional theatre since 2004.",
           "H\xC3\xA9l\xC3\xA8ne Dufresnoy est critique litt\xC3\xA9raire \xC3\xA0 Page Blanche depuis 2012. Elle a "
           "publi\xC3\xA9 deux essais.",
           "Jonas Brandt ist Theaterkritiker beim Stadtanzeiger.",
           "Marta Gil es cr\xC3\xADtica de cine en El Faro desde 2015.",
       }) {
    INFO(line);
    CHECK(removed_at_end({line}) == std::vector<bool>{true});
  }
  for (const char* line : {
           "The critic is expected to publish her verdict on the new production next week.",
           "Critics of the plan say the council has ignored the cost of the new lanes.",
       }) {
    INFO(line);
    CHECK(removed_at_end({line}) == std::vector<bool>{false});
  }
}

TEST_CASE("bio takes a bio above a footer's row of links, and a role after an outlet's name of a few words",
          "[filter][bio]") {
  CHECK(removed_at_end({"Ren\xC3\xA9" "e Tallis is Hammer & Key's Sydney property editor. She covers auctions and "
                        "planning.",
                        "About us | Advertise with us | Contact | Terms of use | Privacy"}) ==
        std::vector<bool>{true, false});
  CHECK(removed_at_end({"Lola C\xC3\xA1rdenas es periodista cultural. Lleva quince a\xC3\xB1os siguiendo la Bienal.",
                        "Aviso legal \xC2\xB7 Pol\xC3\xADtica de privacidad \xC2\xB7 Pol\xC3\xADtica de cookies \xC2\xB7 "
                        "Contacto \xC2\xB7 Publicidad"})
            .front());
  // A sentence about the story's subject before the footer stays.
  CHECK(removed_at_end({"The agent, Tom Hale, said the market would recover by spring.",
                        "About us | Advertise with us | Contact | Terms of use | Privacy"}) ==
        std::vector<bool>{false, false});
}

TEST_CASE("bio takes a writer's beat for an outlet at the end of the document, without a year", "[filter][bio]") {
  for (const char* line : {
           "Jenna Koskinen covers Georgina, East Gwillimbury and the outdoors for Lakeshore Current. She grew up "
           "fishing on Cook's Bay.",
           "Dana Whitcomber covers the courts for the Ledger.",
           "Luc Martin couvre la politique locale pour Le Petit Journal.",
       }) {
    INFO(line);
    CHECK(removed_at_end({line}) == std::vector<bool>{true});
  }
  for (const char* line : {
           "Mayor Jane Smith covers the shortfall for the Council from reserves, aides said.",
           "Insurance covers the damage for most homeowners, the agency said.",
       }) {
    INFO(line);
    CHECK(removed_at_end({line}) == std::vector<bool>{false});
  }
}

TEST_CASE("bio takes a name and role between commas, then the outlet the person writes for", "[filter][bio]") {
  for (const char* line : {
           "Chiara Zavoli, giornalista pubblicista, collabora con Cronache di Riviera dal 2016. Si occupa di turismo "
           "e lavoro.",
           "Jane Roe, reporter, writes for The Ledger and covers city hall.",
           "Lucía Pérez, periodista, colabora con Diario del Sur desde 2018.",
           "Paulo Reis, jornalista, escreve para o Jornal da Serra desde 2012.",
       }) {
    INFO(line);
    CHECK(removed_at_end({line}) == std::vector<bool>{true});
  }
  // The verb's object is no outlet: what befell the person, or whom they help.
  for (const char* line : {
           "Marco Bianchi, giornalista, collabora con la procura da mesi, ha detto il suo avvocato.",
           "Jane Roe, a reporter, writes for hours every night, her editor said.",
       }) {
    INFO(line);
    CHECK(removed_at_end({line}) == std::vector<bool>{false});
  }
}

TEST_CASE("bio takes Swiss German's 'Redaktor' and a name set off by a dash before its role", "[filter][bio]") {
  for (const char* line : {
           "Reto Baumgartner ist Redaktor im Ressort Region und schreibt seit 2011 über Verkehr und Raumplanung.",
           "Chiara Villa \xE2\x80\x93 Giornalista pubblicista, si occupa di cronaca locale e di animali.",
       }) {
    INFO(line);
    CHECK(removed_at_end({line}) == std::vector<bool>{true});
  }
  CHECK(removed_at_end({"Chiara Villa \xE2\x80\x93 giornalista, arrestata, è stata rilasciata ieri sera."}) ==
        std::vector<bool>{false});
}

TEST_CASE("bio takes a writer's tenure where the outlet follows 'au', 'no' or 'sul', and a role set before the name",
          "[filter][bio]") {
  for (const char* line : {
           "Journaliste culturelle, M\xC3\xA9lanie Brochu couvre le cin\xC3\xA9ma et les arts de la sc\xC3\xA8ne au "
           "Fleuve depuis 2015.",
           "M\xC3\xA9lanie Brochu couvre le cin\xC3\xA9ma au Fleuve depuis 2015.",
           "Paulo Reis escreve no Correio do Agreste desde 2012.",
           "Giornalista, Marta Conti scrive sul Giorno di Lecco dal 2009.",
       }) {
    INFO(line);
    CHECK(removed_at_end({line}) == std::vector<bool>{true});
  }
  // A platform anyone writes on, a verb a politician shares, an addressee in lower case.
  for (const char* line : {
           "Maria Silva escreve no Instagram desde 2019 sobre a vida no campo.",
           "Jean Dupont suit le dossier au Parlement depuis 2019.",
           "Jean Dupont \xC3\xA9" "crit au ministre depuis 2019 pour obtenir des r\xC3\xA9ponses.",
           "Mardi soir, Jean Dupont couvre la distance au Stade de France depuis 2015 en moins de dix minutes.",
       }) {
    INFO(line);
    CHECK(removed_at_end({line}) == std::vector<bool>{false});
  }
}

TEST_CASE("bio takes an end-of-page bio whose name and role are sentences of their own", "[filter][bio]") {
  for (const char* line : {
           "Marta Quir\xC3\xB3s. Periodista portuense. Cubre medio ambiente y Bah\xC3\xAD" "a de C\xC3\xA1" "diz desde "
           "2015; antes pas\xC3\xB3 por la radio local.",
           "Jane Roe. Senior reporter. Covers city hall and transport.",
       }) {
    INFO(line);
    CHECK(removed_at_end({line}) == std::vector<bool>{true});
  }
  for (const char* line : {
           "Marta Quir\xC3\xB3s. Alcaldesa. Cubre el d\xC3\xA9" "ficit con un pr\xC3\xA9stamo del banco.",
           "Jane Roe. Reporter. Was arrested in Minsk on Tuesday.",
       }) {
    INFO(line);
    CHECK(removed_at_end({line}) == std::vector<bool>{false});
  }
}

TEST_CASE("comment-policy takes the comments' count and a link to show the readers' reactions",
          "[filter][comment-policy]") {
  CHECK(filter_removes_in_context("comment-policy", "Commentaires (12) \xC2\xB7 Afficher les r\xC3\xA9" "actions"));
  CHECK(filter_removes_in_context("comment-policy", "Afficher les r\xC3\xA9" "actions"));
  CHECK_FALSE(filter_removes_in_context(
      "comment-policy", "Les r\xC3\xA9" "actions des habitants se sont multipli\xC3\xA9" "es apr\xC3\xA8s la "
                        "r\xC3\xA9union."));
}

TEST_CASE("bio takes a role named after a long beat ('the Herald's crofting and land reform correspondent')",
          "[filter][bio]") {
  CHECK(removed_at_end({"Morag Finlay is the Herald's crofting and land reform correspondent. She grew up on a croft "
                        "in Grogarry and has covered the islands since 2008."}) == std::vector<bool>{true});
  CHECK(removed_at_end({"Morag Finlay is the island's oldest crofter and has kept sheep and cattle on the machair since "
                        "1958."}) == std::vector<bool>{false});
}
