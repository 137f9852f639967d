// nav-links: lines of navigation links go; sentences and headlines with the same words stay.
#include <catch2/catch.hpp>

#include "pith/filters/filter.h"
#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("nav-links removes lines of navigation links", "[filter][nav-links]") {
  for (const char* line : {
           "Skip to main content",
           "* Privacy policy",
           "Back to top",
           "Privacy Policy | Terms of Use | Cookie Settings",
           "Terms of Service Privacy Notice",
           "About Us · Sitemap · Advertise with us",
           "Zum Inhalt springen",
           "Impressum | Datenschutzerklärung",
           "Saltar al contenido",
           "Aviso legal - Política de privacidad",
           "Aller au contenu principal",
           "Mentions légales • Plan du site",
           "Ir para o conteúdo",
           "Política de Privacidade | Termos de Uso",
           "Vai al contenuto",
           "Note legali / Chi siamo",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("nav-links", line));
  }
}

TEST_CASE("nav-links keeps sentences and headlines with navigation words", "[filter][nav-links]") {
  for (const char* line : {
           "Search continues for the missing climber",
           "Home prices rose 4 percent in October, the association said.",
           "Back to top form: the striker scores twice in the derby",
           "The privacy policy changes take effect in January, the company said.",
           "Menu",
           "Privacy",
           "Impressum und Datenschutz waren Thema im Ausschuss.",
           "Aviso legal a los inquilinos del edificio",
           "Accueil chaleureux pour les réfugiés à Lyon",
           "Quem somos nós para julgar, perguntou o bispo.",
           "Chi siamo e dove andiamo: il congresso del partito",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("nav-links", line));
  }
}

TEST_CASE("nav-links removes breadcrumb trails that start at the home page", "[filter][nav-links]") {
  for (const char* line : {
           "Home | Local | Business | Opinion | Sports | Obituaries", "Startseite > Region > Köln",
           "Inicio / Sociedad / Andalucía", "Home › Cronaca › Venezia", "Início › Política › Brasília",
           "Accueil » Bretagne » Brest", "Portada > Deportes > Fútbol", "Home → News → World",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("nav-links", line));
  }
  for (const char* line : {
           "Home / Away: the club's two faces this season",
           "Home prices rose 4% in October / November, the agency said",
           "Inicio de la obra / fase dos",
           "Homeland > Security is the committee's new motto",
           "Startseite der Stadt / Rathaus soll im Frühjahr neu gestaltet werden, sagte die Bürgermeisterin",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("nav-links", line));
  }
}

TEST_CASE("nav-links removes menus and link rows of any wording on one line", "[filter][nav-links]") {
  for (const char* line : {
           "Impressum | Datenschutz | AGB | Kontakt", "Mentions légales · CGU · Contact",
           "About us | Contact | Advertise with us", "Home  News  Sport  Culture", "Noticias | Deportes | Economía",
           "Politik • Wirtschaft • Kultur • Sport", "Cronaca | Politica | Esteri | Sport",
           "Brasil · Mundo · Economia · Esportes", "Careers | Press | Help Centre | Newsletters",
           "News › Local › Courts", "Sport » Handball", "Sociedade › Justiça", "Économie > Entreprises",
           "Deportes › Fútbol › Liga", "Cultura » Cinema",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("nav-links", line));
  }
}

TEST_CASE("nav-links keeps sentences, scores and titles with a row's marks", "[filter][nav-links]") {
  for (const char* line : {
           "Brexit | What the deal means for travellers", "Bayern 3 | Dortmund 1 | Leipzig 2",
           "The minister said the plan › would work, as the leaked memo put it",
           "«Nous irons jusqu'au bout» › a dit le maire", "Il a répondu: ‹ Non › sans attendre",
           "Oil prices | Gold | Bitcoin: what moved markets on Monday",
           "Merkel hat gesagt, dass | die Reform kommt", "Fin de temporada » el equipo descendió tras perder",
           "Madrid  Barcelona", "Porto · Lisboa",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("nav-links", line));
  }
}

TEST_CASE("nav-links removes trails and tag rows whose sections name a model or a year", "[filter][nav-links]") {
  for (const char* line : {
           "News / PC / PS4 / Xbox One", "Universität Lindenau > Presse > Pressemitteilungen 2018",
           "Motor › Formel 1 › Saison 2019", "Tech / Smartphones / Galaxy S9 / Reviews", "Archivio » 2017 » Cronaca",
           "Deportes › Fórmula 1", "Reviews / Switch / Web3 / Games",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("nav-links", line));
  }
}

TEST_CASE("nav-links keeps scores, prices and figures set off like a row", "[filter][nav-links]") {
  for (const char* line : {
           "Bayern 3 / Dortmund 1 / Leipzig 2", "Bayern 3 | Dortmund 1 | Leipzig 0", "3 Bed / 2 Bath / 1,450 sq ft",
           "Q3 2018 / Q4 2018 / Q1 2019", "Tickets 25 € / Kids 10 €", "Ligue 1  Ligue 2  National",
           "Paris 12 · Lyon 9 · Marseille 7 · Nice 3", "Seats 2019 > Seats 2014 > Seats 2009",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("nav-links", line));
  }
}

TEST_CASE("nav-links keeps a table's rows, whose padded columns differ in width", "[filter][nav-links]") {
  for (const char* line : {
           "Ticker       Security         Last  Change Change %",
           "Vacaciones         Duración              Fecha",
           "Name     Anbieter                 Zweck",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("nav-links", line));
  }
  CHECK(filter_removes_in_context("nav-links", "Overview    News    Articles    Interviews"));
}

TEST_CASE("nav-links removes account, search and section links in six languages", "[filter][nav-links]") {
  for (const char* line : {
           "Sign in", "My account", "All sections", "Anmelden", "Suche", "Alle Rubriken", "Iniciar sesión",
           "Buscar", "Secciones", "Se connecter", "Rechercher", "Rubriques", "Entrar", "Minha conta", "Editorias",
           "Accedi", "Cerca", "Sezioni", "Suche | Anmelden | E-Paper",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("nav-links", line));
  }
  for (const char* line : {
           "Sign in to the building was required for all visitors.", "Die Suche nach dem Vermissten geht weiter",
           "Buscar trabajo es más difícil que nunca", "Rechercher la vérité, toujours",
           "Entrar no mercado custa caro", "Cerca casa da due anni",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("nav-links", line));
  }
}

TEST_CASE("nav-links removes a menu printed one item a line outside the article", "[filter][nav-links]") {
  using pith::test::removed_by_filter;
  const std::string p1 = "Der Stadtrat hat am Dienstag den Plan beschlossen, der 40 Kilometer neue Radwege vorsieht.";
  const std::string p2 = "Die Kosten liegen bei rund vier Millionen Euro, teilte die Stadt am Mittwoch mit.";
  CHECK(removed_by_filter("nav-links", {"Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", p1, p2}) ==
        std::vector<bool>{true, true, true, true, true, false, false});
  CHECK(removed_by_filter("nav-links", {"* Noticias", "* Deportes", "* Toros", p1, p2}) ==
        std::vector<bool>{true, true, true, false, false});
  CHECK(removed_by_filter("nav-links", {p1, p2, "Impressum", "Kontakt", "Jobs", "Mediadaten"}) ==
        std::vector<bool>{false, false, true, true, true, true});
  CHECK(removed_by_filter("nav-links", {"Actualité", "Économie", "Bourse", p1, p2}) ==
        std::vector<bool>{true, true, true, false, false});
  CHECK(removed_by_filter("nav-links", {"Cronaca", "Esteri", "Spettacoli", p1, p2}) ==
        std::vector<bool>{true, true, true, false, false});
  CHECK(removed_by_filter("nav-links", {"Notícias", "Esportes", "Famosos", p1, p2}) ==
        std::vector<bool>{true, true, true, false, false});
}

TEST_CASE("nav-links keeps one-item lines that name no section or link", "[filter][nav-links]") {
  using pith::test::removed_by_filter;
  const std::string p1 = "With estimates that the body has ten times more bacteria than cells, gut health matters.";
  const std::string p2 = "Fermented foods feed the good bacteria, researchers say, and most are cheap to make.";
  // A list cut off at the top of a record: the article's, not a menu.
  CHECK(removed_by_filter("nav-links", {"Fermented vegetables", "Kefir", "Kombucha", p1, p2}) ==
        std::vector<bool>{false, false, false, false, false});
  // A list between the article's paragraphs stays, section words and all.
  CHECK(removed_by_filter("nav-links", {p1, "Politics", "Business", "Sport", p2}) ==
        std::vector<bool>{false, false, false, false, false});
  // A changelog's items after the article.
  CHECK(removed_by_filter("nav-links", {p1, p2, "* Challenges coming soon", "* Better Android support",
                                        "* Bugs fixed"}) ==
        std::vector<bool>{false, false, false, false, false});
  // No paragraph, no article to stand outside of.
  CHECK(removed_by_filter("nav-links", {"Politik", "Wirtschaft", "Sport"}) == std::vector<bool>{false, false, false});
}

TEST_CASE("nav-links removes a section's name over the article and a spaced row of sections", "[filter][nav-links]") {
  using pith::test::removed_by_filter;
  const std::string headline = "Marta Ibarrola conquista su primer torneo en Bogotá";
  const std::string p1 = "La tenista vasca ganó este domingo su primer título del circuito al derrotar a la favorita.";
  const std::string p2 = "Ibarrola, número 112 del mundo, subirá el lunes hasta el puesto 78 de la clasificación.";
  // A section's name in capitals, or beside a menu row, over the headline.
  for (const char* kicker : {"DEPORTES", "SPORT", "CULTURE", "ECONOMIA", "POLITIK"}) {
    INFO(kicker);
    CHECK(removed_by_filter("nav-links", {kicker, headline, p1, p2}) == std::vector<bool>{true, false, false, false});
  }
  CHECK(removed_by_filter("nav-links", {"Deportes", "Fútbol | Baloncesto | Tenis | Motor", headline, p1, p2}) ==
        std::vector<bool>{true, true, false, false, false});
  // A menu's sections with one space between them, in six languages.
  for (const char* row : {"Actualité Politique Économie Sports Culture Faits divers", "News World Business Politics Sport",
                          "Politik Wirtschaft Sport Kultur Panorama", "Noticias Política Economía Deportes",
                          "Cronaca Politica Economia Sport Cultura", "Política Economia Desporto Cultura Opinião"}) {
    INFO(row);
    CHECK(pith::test::filter_removes_in_context("nav-links", row));
  }
  // A menu's toggle and a sports desk's sections, with a button another stage took among them.
  std::vector<std::string> lines = {"MENU", "Football", "Premier League", "Transfers", "Subscribe", headline, p1, p2};
  pith::Document doc = pith::test::document_of(lines);
  pith::mark_removed(doc.blocks[4], "subscribe");
  pith::find_filter("nav-links")->make(pith::Config{})->apply(doc, "nav-links");
  for (std::size_t i : {0u, 1u, 2u, 3u}) CHECK(doc.blocks[i].removed_by == "nav-links");
  CHECK(doc.blocks[5].kept());
}

TEST_CASE("nav-links keeps a one-word heading and sentences made of section words", "[filter][nav-links]") {
  using pith::test::removed_by_filter;
  const std::string p1 = "The council voted on Tuesday to extend the bike lane by a further 1.2 miles this year.";
  const std::string p2 = "The motion passed by seven votes to four after a three-hour meeting on the plan.";
  // A section's word in ordinary case with no menu beside it: the first line may be a title.
  CHECK(removed_by_filter("nav-links", {"Politics", p1, p2}) == std::vector<bool>{false, false, false});
  // Inside the article, a heading in capitals stays.
  CHECK(removed_by_filter("nav-links", {p1, "SPORT", p2}) == std::vector<bool>{false, false, false});
  // Three sections, or a sentence of section words, is no menu row.
  for (const char* line : {"Politics Business Sport", "Sport and culture news from the region",
                           "Culture Minister Sport", "Sport Politik Wirtschaft und Kultur"}) {
    INFO(line);
    CHECK_FALSE(pith::test::filter_removes_in_context("nav-links", line));
  }
}

TEST_CASE("nav-links removes a link drawn with arrows or guillemets, keeps a line that goes on", "[filter][nav-links]") {
  for (const char* line : {
           "Zurück zur Übersichtsseite « »",
           "« Back to overview »",
           "Volver al listado →",
           "← Retour à la liste",
           "Voltar ao topo ›",
           "Privacy Policy > Terms of Use",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("nav-links", line));
  }
  for (const char* line : {
           "Home → Away: the story of a migrant family",
           "« Zurück zur Übersicht », sagte er",
           "Startseite » neu gestaltet: die Stadt zeigt ihr Portal",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("nav-links", line));
  }
}

TEST_CASE("nav-links removes a breadcrumb trail after its 'you are here' label, with or without the home page", "[filter][nav-links]") {
  for (const char* line : {
           "You are here: Home > News", "Sie sind hier: Startseite > Rathaus & Politik > Pressemitteilungen",
           "Vous êtes ici : Accueil > Actualités", "Estás en: Noticias > Andalucía",
           "Você está em: Início / Política", "Ti trovi in: Cronaca › Venezia", "Sie sind hier: Startseite",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("nav-links", line));
  }
  for (const char* line : {
           "You are here: the spot where the treaty was signed",
           "Sie sind hier: auf der Seite des Landkreises",
           "Estás en: una ciudad que ya no existe, escribió el poeta",
           "You are here because the council voted > 3 times to keep the park",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("nav-links", line));
  }
}

TEST_CASE("nav-links removes the home page's link alone in every language", "[filter][nav-links]") {
  for (const char* line : {"Home", "Startseite", "Inicio", "Portada", "Accueil", "Página inicial", "Início",
                           "Pagina iniziale"}) {
    INFO(line);
    CHECK(filter_removes_in_context("nav-links", line));
  }
  for (const char* line : {"Inicio de la temporada", "Portada del disco, diseñada por su hermana.",
                           "Início das obras em março"}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("nav-links", line));
  }
}

TEST_CASE("nav-links removes rows of skip links in six languages, spaced or glued", "[filter][nav-links]") {
  for (const char* line : {
           "Skip to contentSkip to site index", "Skip to content Skip to navigation",
           "Jump to main navigation Jump to footer",
           "Zum Inhalt springen Zur Hauptnavigation springen Zur Fußzeile springen",
           "Zum Inhalt springenZur Suche springen", "Zum Inhalt wechseln", "Direkt zum Inhalt | Direkt zur Navigation",
           "Saltar al contenido Saltar a la navegación", "Ir al contenido principal", "Aller au contenu Aller au menu",
           "Passer au contenu principal", "Vai al contenuto Vai al menu", "Salta alla navigazione",
           "Ir para o conteúdo Ir para o menu", "Pular para o rodapé",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("nav-links", line));
  }
  for (const char* line : {
           "Skip to content of the report: the key findings",
           "Skip to the end of the season, and the picture looks different",
           "Zum Inhalt springen wir später, sagte der Moderator",
           "Saltar al contenido del acuerdo no será fácil",
           "Aller au contenu du texte, c'est ce que demande l'opposition",
           "Ir para o menu de opções do governo não resolve o problema",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("nav-links", line));
  }
}

TEST_CASE("nav-links removes a blog sidebar's widget titles and profile link in six languages", "[filter][nav-links]") {
  for (const char* line : {
           "Blog Archive", "Blog-Archiv", "Archivo del blog", "Archives du blog", "Archivio blog", "Arquivo do blog",
           "About Me", "Über mich", "Sobre mí", "Qui êtes-vous ?", "Chi sono", "Quem sou eu",
           "View my complete profile", "Mein Profil vollständig anzeigen", "Ver todo mi perfil",
           "Afficher mon profil complet", "Visualizza il mio profilo completo", "Ver meu perfil completo",
           "Search This Blog", "Dieses Blog durchsuchen", "Buscar este blog", "Rechercher dans ce blog",
           "Cerca nel blog", "Pesquisar este blog", "* Über mich",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("nav-links", line));
  }
  for (const char* line : {
           "About me and my father", "About me, the neighbours say little",
           "Über mich hat er nie ein schlechtes Wort gesagt, erzählt die Tochter.",
           "Quem sou eu para julgar, perguntou o bispo?", "Qui êtes-vous pour juger ?",
           "Datos personales de millones de clientes quedaron expuestos",
           // Blogger's own titles for its profile box, but as likely an article's heading on data.
           "Datos personales", "Informazioni personali",
           "Blog archive reveals the minister's early views",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("nav-links", line));
  }
}

TEST_CASE("nav-links reads a trail drawn with angle brackets and small triangles", "[filter][nav-links]") {
  for (const char* line : {
           "Accueil \xE2\x9F\xA9 Livres \xE2\x9F\xA9 Romans \xE2\x9F\xA9 Critiques",
           "Startseite \xE2\x96\xB8 Region \xE2\x96\xB8 K\xC3\xB6ln",
           "Inicio \xE2\x9D\xAF Turismo \xE2\x9D\xAF Andaluc\xC3\xAD" "a",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("nav-links", line));
  }
  CHECK_FALSE(filter_removes_in_context("nav-links", "Prices rose \xE2\x96\xB8 3% in March, the office said."));
}

TEST_CASE("nav-links takes a trail or a row whose marks are padded with wide spaces", "[filter][nav-links]") {
  for (const char* line : {
           "ENTERTAINMENT  \xE2\x80\xBA  MUSIC",
           "News  >  South Africa  >  Gauteng  >  Courts",
           "Home  |  News  |  Sport  |  Weather",
           "Sport   \xC2\xBB   Rugby",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("nav-links", line));
  }
  for (const char* line : {
           "Bayern 2  |  Dortmund 1  |  Leipzig 0",
           "Prices rose  >  5% in March, the statistics office said.",
           "ENTERTAINMENT  \xE2\x80\xBA  the week's best new music, picked by our critics",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("nav-links", line));
  }
}

TEST_CASE("nav-links takes a footer row set apart by dashes, with four items or more", "[filter][nav-links]") {
  for (const char* line : {
           "\xC3\x9C" "ber uns \xE2\x80\x93 Mediadaten \xE2\x80\x93 Impressum \xE2\x80\x93 Datenschutzerkl\xC3\xA4rung "
           "\xE2\x80\x93 Cookie-Einstellungen",
           "Mentions l\xC3\xA9gales \xE2\x80\x93 Charte de mod\xC3\xA9ration \xE2\x80\x93 Nous contacter \xE2\x80\x93 "
           "Plan du site",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("nav-links", line));
  }
  for (const char* line : {
           "Paris \xE2\x80\x93 Berlin \xE2\x80\x93 Rome",
           "The route \xE2\x80\x93 Paris, Berlin, Rome \xE2\x80\x93 takes three days by train.",
           "Home \xE2\x80\x94 a word the refugees used for the camp \xE2\x80\x94 was a tent.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("nav-links", line));
  }
}

TEST_CASE("nav-links takes a trail set apart by padded slashes, with an ordinal's step", "[filter][nav-links]") {
  CHECK(filter_removes_in_context("nav-links", "Paris  /  14e arrondissement  /  Commerces"));
  CHECK(filter_removes_in_context("nav-links", "Paris / 14e arrondissement / Commerces"));
  CHECK_FALSE(filter_removes_in_context("nav-links", "Bayern 2 / Dortmund 1 / Leipzig 0"));
  CHECK_FALSE(filter_removes_in_context("nav-links", "14 / 3 / 2020"));
}

TEST_CASE("nav-links takes a footer row whose link cites a law by its section", "[filter][nav-links]") {
  for (const char* line : {
           "Impressum \xC2\xB7 Offenlegung gem\xC3\xA4\xC3\x9F \xC2\xA7 25 MedienG \xC2\xB7 Datenschutz \xC2\xB7 "
           "Cookie-Einstellungen \xC2\xB7 Kontakt",
           "Impressum | Offenlegung nach \xC2\xA7 5 TMG | Datenschutz | AGB",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("nav-links", line));
  }
  // A table's cells hold numbers that cite nothing.
  for (const char* line : {"Bayern 2 | Dortmund 1 | Leipzig 0", "Paragraf \xC2\xA7 25 | Absatz 2 | Satz 1 | Nummer 3"}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("nav-links", line));
  }
}

TEST_CASE("nav-links takes a footer row with a navigation label longer than a menu's item", "[filter][nav-links]") {
  CHECK(filter_removes_in_context("nav-links", "About \xC2\xB7 Contact Us \xC2\xB7 Advertise \xC2\xB7 Careers \xC2\xB7 Terms of Use "
                                               "\xC2\xB7 Do Not Sell My Personal Information"));
  CHECK_FALSE(filter_removes_in_context("nav-links", "Voters \xC2\xB7 Do not sell my personal information, they told the "
                                                     "company \xC2\xB7 Privacy"));
}

TEST_CASE("nav-links takes a breadcrumb trail drawn with a division or fraction slash", "[filter][nav-links]") {
  for (const char* line : {"Home \xE2\x88\x95 Cantone \xE2\x88\x95 Luganese", "Home \xE2\x81\x84 Cantone \xE2\x81\x84 Luganese",
                           "Startseite \xE2\x88\x95 Region \xE2\x88\x95 Z\xC3\xBCrich"}) {
    INFO(line);
    CHECK(filter_removes_in_context("nav-links", line));
  }
  CHECK_FALSE(filter_removes_in_context(
      "nav-links", "Il rapporto 3 \xE2\x88\x95 4 dei voti \xC3\xA8 stato raggiunto, ha detto il sindaco."));
}

TEST_CASE("nav-links takes a trail whose last crumb names a place of up to six words", "[filter][nav-links]") {
  CHECK(filter_removes_in_context("nav-links", "Portada \xE2\x80\xBA Provincia \xE2\x80\xBA El Puerto de Santa Mar\xC3\xAD" "a"));
  CHECK(filter_removes_in_context("nav-links", "Startseite \xC2\xBB Alle News \xC2\xBB Vorverkauf f\xC3\xBCr die Heimspiele gestartet"));
  CHECK_FALSE(filter_removes_in_context("nav-links", "Home / Away kits will cost fans more this season"));
  CHECK_FALSE(filter_removes_in_context("nav-links", "Inicio \xE2\x80\xBA Provincia \xE2\x80\xBA El alcalde de la ciudad anunci\xC3\xB3 ayer un plan nuevo"));
}

TEST_CASE("nav-links takes a row of links after a label and its colon", "[filter][nav-links]") {
  for (const char* line : {
           "Ihre Region: Chemnitz | Erzgebirge | Mittelsachsen | Zwickau | Vogtland",
           "Secciones: Portada | Deportes | Cultura | Opini\xC3\xB3n",
           "More in Sport: Rugby | Cricket | Golf",
           "Mehr aus der Region: Chemnitz \xC2\xB7 Erzgebirge \xC2\xB7 Zwickau",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("nav-links", line));
  }
  for (const char* line : {
           "The winners were: Leinster | Munster | Ulster",
           "Ergebnisse: Bayern 2 | Dortmund 1 | Leipzig 0",
           "Am Samstag in 3 Orten: Chemnitz | Zwickau | Plauen",
           "Die Gemeinde nannte drei Orte: Chemnitz, Zwickau und Plauen.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("nav-links", line));
  }
}

TEST_CASE("nav-links takes a link's label of a few words closed by its pointer", "[filter][nav-links]") {
  for (const char* line : {
           "LIVE-TICKER ZUM NACHLESEN \xE2\x80\xBA",
           "Mehr aus Hamburg \xE2\x80\xBA",
           "Full coverage \xE2\x86\x92",
           "Toutes nos vid\xC3\xA9os \xC2\xBB",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("nav-links", line));
  }
  for (const char* line : {
           "\xC2\xAB Nous irons jusqu'au bout \xC2\xBB",
           "\xC2\xBBWir schaffen das\xC2\xAB",
           "The council voted on the plan on Thursday and the mayor will decide in May \xE2\x80\xBA",
           "Der Pegel steigt weiter. \xE2\x86\x92",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("nav-links", line));
  }
}

TEST_CASE("nav-links takes a footer row whose label asks, with French spacing before its mark", "[filter][nav-links]") {
  CHECK(filter_removes_in_context(
      "nav-links", "Qui sommes-nous ? | Charte d\xC3\xA9ontologique | Contact | Publicit\xC3\xA9 | Donn\xC3\xA9" "es "
                   "personnelles"));
  CHECK_FALSE(filter_removes_in_context("nav-links", "Pourquoi ? | Comment ? | Quand ?"));
}

TEST_CASE("nav-links takes a breadcrumb trail whose section's name runs to five words", "[filter][nav-links]") {
  CHECK(filter_removes_in_context("nav-links", "Startseite \xE2\x80\xBA Gesundheit von A bis Z \xE2\x80\xBA "
                                               "Infektionen \xE2\x80\xBA Zecken & FSME"));
  CHECK(filter_removes_in_context("nav-links", "Home > News from the Twin Cities > Theatre"));
  CHECK_FALSE(filter_removes_in_context("nav-links", "Home > the council said on Tuesday that the plan was dropped > "
                                                     "Theatre"));
  // Without the home page's crumb a section's name stays at four words.
  CHECK_FALSE(filter_removes_in_context("nav-links", "Sie sind hier: auf der Seite des Landkreises"));
}

TEST_CASE("nav-links takes a downloads box's files, each closed by its format and size", "[filter][nav-links]") {
  for (const char* line : {
           "Downloads: Pressefoto Baumpatenschaft (JPG, 2,4 MB) \xC2\xB7 Infoblatt f\xC3\xBCr Patinnen und Paten (PDF, "
           "310 KB)",
           "Jahresbericht 2023 (PDF, 1,2 MB)", "T\xC3\xA9l\xC3\xA9" "chargements : R\xC3\xA8glement (PDF, 220 Ko) | Plan (PDF 1 Mo)",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("nav-links", line));
  }
  for (const char* line : {
           "The report (PDF, 2 MB) is on the ministry's site",
           "The council published its full report on Tuesday evening after a long debate (PDF, 2 MB)",
           "The file was large (2 MB)",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("nav-links", line));
  }
}
