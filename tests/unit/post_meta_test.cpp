// post-meta: a post's categories, tags and comment counts go; sentences that open alike stay.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("post-meta removes taxonomy lines", "[filter][post-meta]") {
  for (const char* line : {
           "Filed under: Local, Fire, Riverside",
           "Filed under: Schools, Budget | 10 Comments »",
           "Filed under: democracy, Regime Change | Tagged: elections, impeachment | 1 Comment »",
           "Tagged: wildfire, evacuation, county news",
           "Tags: housing, rent control",
           "Categories: Politics",
           "Posted in Local News | Tagged rail, council | Leave a comment",
           "Etiquetas: pensiones, Gobierno, reforma",
           "Archivado en: Política | 3 comentarios",
           "Schlagwörter: Bahn, Streik, GDL",
           "Kategorie: Wirtschaft",
           "Mots-clés : festival, musique, été",
           "Classé dans : Culture | Laisser un commentaire",
           "Marcadores: chuvas, Defesa Civil",
           "Arquivado em: Economia | 2 comentários",
           "Argomenti: maltempo, Liguria, allerta",
           "Categorie: Cronaca, Genova",
           // "Filed under" in its other wordings, each language.
           "Eingeordnet unter: Politik, Hamburg",
           "Eingeordnet unter Wohnen | Küche | 4 Kommentare",
           "Filed to: Transportation, Rail",
           "Posted under Gardening, Spring | Leave a comment",
           "Archivado bajo: Economía, Empleo",
           "Rangé dans : Société, Éducation",
           "Arquivado sob: Política, Eleições",
           "Archiviato sotto: Sport, Calcio",
           // A tag noun without its colon, then a comma list of names.
           "Tags Homestory, Interior design, Berlin",
           "Schlagwörter Feuerwehr, Stadtrat, Köln",
           "Etiquetas Real Madrid, Liga, Ancelotti",
           "Mots-clés Lyon, urbanisme, tramway",
           "Palavras-chave eleições, Lisboa, autárquicas",
           "Parole chiave Juventus, mercato",
           // Terms printed as a row of links: split by middle dots, bullets or wide spaces.
           "Tags: Stadtwerke · Fernwärme · Energiepreise",
           "Temas: incendios • Galicia • medio rural",
           "Topics: City council  Housing  Public transport",
           "Sujets : Lyon · Transports en commun · Grève",
           "Tópicos: Saúde  Hospitais  Lisboa",
           "Argomenti:\tCalcio\tSerie A\tNapoli",
           // ... or by spaced dashes, three terms at least.
           "Mots-clés : Ostréiculture – Marennes-Oléron – Mer – Agriculture",
           "Schlagwörter: Imkerei — Varroa — Landkreis Celle",
           "Tags: Rowing – Henley – Thames",
           // A blog archive's entries: month (and year) or year, and the post count.
           "* Janeiro (70)",
           "► 2016 (412)",
           "March 2019 (8)",
           "▼ Oktober (12)",
           "+ septiembre 2021 (5)",
           "• giugno (3)",
           // A label alone, its terms on the lines under it.
           "Tags:",
           "* Filed Under:",
           "Schlagwörter:",
           "Categorías:",
           // Links to the posts before and after, alone, in a row, or with the other headline.
           "« Previous Post",
           "Newer Post Older Post Home",
           "Next articleCity Opens Its First Solar Farm",
           "Previous Post: « Lemon Ricotta Pancakes",
           "Vorheriger Beitrag",
           "Nächster Beitrag Neue Radwege für die Innenstadt",
           "Artículo siguienteEl Gobierno aprueba la reforma",
           "← Article précédent",
           "Próximo artigo: Câmara aprova orçamento",
           "Articolo precedente | Articolo successivo",
           // Hashtags alone.
           "#Roubaix #Justice #Logement",
           "#Bundestag #Rente",
           "#elecciones2026 #Andalucía #PSOE #PP",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("post-meta", line));
  }
}

TEST_CASE("post-meta keeps sentences that open with taxonomy words", "[filter][post-meta]") {
  for (const char* line : {
           "Tagged as a flight risk, the suspect was held without bail.",
           "Posted in 2019, the video has since been viewed more than a million times.",
           "Posted in Berlin for three years, the diplomat speaks fluent German",
           "Topics: the talks covered trade, security and climate, officials said.",
           "Categories of spending that rose fastest included health and defence.",
           "Filed under seal, the documents were released on Friday.",
           // A label word alone without its colon is a heading.
           "Topics",
           // Sentences that open with such words.
           "Next article in this series will look at the rail budget.",
           "Previous posts on this blog covered the election",
           "Next post-season game is on Friday, the coach said",
           // A month or year in parentheses that is no archive entry.
           "The strike began in March (3)",
           "* Population in 2016 (412)",
           "Mayo (calle de)",
           // Terms split by dots but one of them a clause, or a label's colon before a sentence.
           "Topics: budget · the mayor said the rates would rise again next spring · schools",
           "Temas: vivienda · empleo. El debate sigue esta noche en el Congreso",
           "Themen: Die Debatte  über die Rente geht weiter",
           // Dashes around a clause make no list.
           "Topics: housing – the mayor said rents would rise again next spring – schools",
           "Temas como la vivienda y el empleo dominaron el debate.",
           "Themen: Die Koalition will über Renten, Steuern und die Bahn sprechen, sagte der Sprecher.",
           "Eingeordnet unter die dringenden Fälle wurde der Antrag erst im Mai.",
           "Filed to the court on Monday, the motion asks for a new trial.",
           "Posted under a bridge for weeks, the notice was never read by anyone in the village.",
           "Tags, labels and stickers were found at the scene.",
           "Etiquetas de precio, descuentos y ofertas inundan las tiendas esta semana",
           "Schlagwörter wie Freiheit, Gerechtigkeit und Heimat prägten den Wahlkampf",
           "Tags on the old trees, painted red, mark those to be felled",
           "#MeToo changed how newsrooms handle complaints",
           "#1 in the charts",
           "#Bundestag",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("post-meta", line));
  }
}

TEST_CASE("post-meta reads 'posted in' without a colon in every language when the engine's bar or count follows", "[filter][post-meta]") {
  for (const char* line : {"Pubblicato in Notizie | Lascia un commento", "Publicado en Actualidad | 3 comentarios",
                           "Veröffentlicht in Allgemein | Kommentar hinterlassen", "Publié dans Société | 2 commentaires",
                           "Publicado em Cidade | Deixe um comentário"}) {
    INFO(line);
    CHECK(filter_removes_in_context("post-meta", line));
  }
  for (const char* line : {"Pubblicato in Gazzetta Ufficiale, il decreto entra in vigore domani.",
                           "Publicado en 1998, el libro vendió un millón de copias.",
                           "Veröffentlicht in der Zeitschrift Nature, sorgte die Studie für Aufsehen."}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("post-meta", line));
  }
}

TEST_CASE("post-meta removes 'filed under' and its wordings without a colon, keeps the sentences",
          "[filter][post-meta]") {
  for (const char* line : {"Filed under 2020 Election", "Filed under afghanistan , hostages , middle east",
                           "Abgelegt unter Allgemein, Politik", "Archivado en Política, Elecciones",
                           "Archivado En Deportes", "Classé dans Société, Éducation", "Archiviato in Cronaca",
                           "Arquivado em Economia, Brasil",
                           // The label alone, its terms on the lines under it.
                           "Filed under", "Archivado En", "Abgelegt unter", "Archiviato in"}) {
    INFO(line);
    CHECK(filter_removes_in_context("post-meta", line));
  }
  for (const char* line : {"Filed under seal, the documents show the company knew.",
                           "Filed under seal, the documents show the company knew",
                           "Archivado en el registro, el expediente tardó meses.",
                           "Archivado en el registro, el expediente tardó meses", "Filed under seal",
                           "Abgelegt unter dem Stapel lag der Brief seit Jahren",
                           "Classé dans la catégorie des risques",
                           "Archiviato in fretta il caso dell'assessore"}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("post-meta", line));
  }
}

TEST_CASE("post-meta removes WordPress's entry footer that closes on the permalink sentence", "[filter][post-meta]") {
  for (const char* line : {
           "This entry was posted in News. Bookmark the permalink.",
           "This entry was posted in Politics and tagged budget, council. Bookmark the permalink.",
           "This entry was posted in Allgemein. Bookmark the permalink.",
           "Dieser Eintrag wurde in Allgemein veröffentlicht. Setze ein Lesezeichen auf den Permalink.",
           "Dieser Eintrag wurde veröffentlicht in Politik und verschlagwortet mit Wahl. "
           "Lesezeichen setzen für den Permalink.",
           "Esta entrada fue publicada en Noticias. Guarda el enlace permanente.",
           "Cette entrée a été publiée dans Actualités. Bookmarquez le permalien.",
           "Ce contenu a été publié dans Non classé. Vous pouvez le mettre en favoris avec ce permalien.",
           "Questa voce è stata pubblicata in Notizie. Contrassegna il permalink.",
           "Esta entrada foi publicada em Notícias. Adicione o link permanente aos seus favoritos.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("post-meta", line));
  }
  for (const char* line : {
           "The council posted the minutes online. Readers can find them on its website.",
           "The permalink feature was added in 2004, the company said.",
           "Users complained that every permalink broke after the update. The company apologised.",
           "Der Permalink führte ins Leere, sagte der Sprecher. Die Seite wurde gelöscht.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("post-meta", line));
  }
}

TEST_CASE("post-meta removes Blogger's post footer of author and time, keeps a sentence", "[filter][post-meta]") {
  for (const char* line : {"Posted by Jane Doe at 9:11 PM", "Posted by K A at 12:11 PM 2 comments",
                           "Posted by Ned Deily at 5:11 AM No comments:", "Eingestellt von der Michel um 21:11",
                           "Eingestellt von Weinlachgummi um 10:52 Keine Kommentare:",
                           "Publicado por Ana García en 21:11", "Publié par Unknown à 08:00",
                           "Pubblicato da Marco alle 21:11 3 commenti", "Postado por João às 21:11"}) {
    INFO(line);
    CHECK(filter_removes_in_context("post-meta", line));
  }
  for (const char* line : {"Posted by a friend at 9 p.m., the video spread fast.",
                           "Posted by a friend at 9 p.m., the video spread fast",
                           "Posted by the mayor at 9:11 PM, the message was deleted an hour later",
                           "Eingestellt von der Stadt um 2020 wurde das Projekt",
                           "Publicado por la editorial en 1998, el libro vendió un millón de copias"}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("post-meta", line));
  }
}

TEST_CASE("post-meta removes a blog's feed links, keeps a sentence that names a feed", "[filter][post-meta]") {
  for (const char* line : {"Subscribe to: Posts (Atom)", "Subscribe to: Post Comments (Atom)",
                           "Abonnieren Kommentare zum Post (Atom)", "Abonnieren Posts (Atom)",
                           "Entries (RSS) and Comments (RSS)", "Beitrags-Feed (RSS)",
                           "Suscribirse a: Enviar comentarios (Atom)",
                           "Inscription à : Publier les commentaires (Atom)",
                           "Iscriviti a: Commenti sul post (Atom)", "Assinar: Postar comentários (Atom)"}) {
    INFO(line);
    CHECK(filter_removes_in_context("post-meta", line));
  }
  for (const char* line : {"The newspaper still publishes its headlines as a feed (RSS)",
                           "Readers can subscribe to the council's posts through a feed (RSS)",
                           "Die Stadt veröffentlicht ihre Beiträge auch als Feed (RSS)", "(RSS)"}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("post-meta", line));
  }
}

TEST_CASE("post-meta removes WordPress's entry footer that points to the comment feed", "[filter][post-meta]") {
  for (const char* line : {
           "This entry was posted on Tuesday, March 3rd, 2015 at 9:11 am and is filed under News. You can follow any "
           "responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback from your own site.",
           "You can follow any responses to this entry through the RSS 2.0 feed.",
           "Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Allgemein, "
           "Region Halle - Leipzig, Tastings & Events, Veranstaltungskalender abgelegt. Du kannst die Kommentare zu "
           "diesen Eintrag durch den RSS 2.0 Feed verfolgen. Kommentare sind derzeit geschlossen, aber Du kannst "
           "dennoch einen Trackback auf deiner Seite einrichten.",
           "Puedes seguir las respuestas a esta entrada a través del feed RSS 2.0.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("post-meta", line));
  }
  for (const char* line : {
           "RSS 2.0 was released in 2002 and remains the most common feed format for blogs and news sites.",
           "Readers' comments on the new RSS 2.0 reader were mixed, the developers said.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("post-meta", line));
  }
}

TEST_CASE("post-meta removes a term list closed by a full stop", "[filter][post-meta]") {
  for (const char* line : {
           "Filed under bill clinton , warner bros.",
           "Filed Under: Politics, Crime.",
           "Tags: politics, crime, courts.",
           "Schlagwörter: Politik, Wahlen, Bundestag.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("post-meta", line));
  }
  for (const char* line : {
           "Filed under the new rules, the complaint was dismissed.",
           "Note: the vote, which was close, passed.",
           "Tags, labels and stickers were removed.",
           "Update: police said the road, closed since Monday, reopened.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("post-meta", line));
  }
}
