// share: rows of share buttons go; sentences naming the platforms stay.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("share removes share button rows", "[filter][share]") {
  for (const char* line : {"Share this:", "Email", "Print",
                           "Share on Facebook | Share on X | Email", "Facebook Twitter WhatsApp Email Print",
                           "Compartir en Facebook · Compartir en WhatsApp", "Teilen: Facebook, X, E-Mail",
                           "Partager sur Facebook", "Compartilhar no WhatsApp", "Condividi su Facebook",
                           "Copy link", "Like this:"}) {
    INFO(line);
    CHECK(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share keeps sentences naming platforms", "[filter][share]") {
  for (const char* line : {"Facebook shares fell 4 percent on Tuesday.", "Share this with your family.",
                           "Print editions will end in March, the publisher said.",
                           "WhatsApp said it would appeal the fine.", "Like this, the plan cannot work.", "On X, the post was shared 30,000 times."}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share takes a lone platform name for a heading only between paragraphs", "[filter][share]") {
  using pith::test::removed_by_filter;
  const std::string before = "Keep in mind that the sites change their menus often, so the steps below may differ.";
  const std::string after = "Open the settings page, choose the archive of your data and wait for the mail with a link.";
  for (const char* platform : {"Facebook", "WhatsApp", "Telegram", "LinkedIn"}) {
    INFO(platform);
    // A how-to's section heading, in any language's text.
    CHECK(removed_by_filter("share", {before, platform, after}) == std::vector<bool>{false, false, false});
    CHECK(removed_by_filter("share", {"Abra la configuración y elija la opción de descargar una copia de sus datos.",
                                      platform,
                                      "Öffnen Sie die Einstellungen und wählen Sie dort das Archiv Ihrer Daten aus."}) ==
          std::vector<bool>{false, false, false});
    // A share bar's button: at the end, beside other buttons, or after a short line.
    CHECK(removed_by_filter("share", {before, after, platform}) == std::vector<bool>{false, false, true});
    CHECK(removed_by_filter("share", {before, "Share this:", platform, "Email", after}) ==
          std::vector<bool>{false, true, true, true, false});
    CHECK(removed_by_filter("share", {before, "Spread the news", platform, after}) ==
          std::vector<bool>{false, false, true, false});
  }
  // Action buttons are never headings.
  for (const char* action : {"Print", "Email", "Teilen", "Partager"})
    CHECK(removed_by_filter("share", {before, action, after}) == std::vector<bool>{false, true, false});
}

TEST_CASE("share removes a lone X only inside a column of buttons", "[filter][share]") {
  using pith::test::removed_by_filter;
  CHECK(removed_by_filter("share", {"The vote passed narrowly.", "Share this:", "Facebook", "X", "Email",
                                    "Counting ended at midnight."}) ==
        std::vector<bool>{false, true, true, true, true, false});
  CHECK(removed_by_filter("share", {"The grid was labelled with letters.", "X", "The next square was empty."}) ==
        std::vector<bool>{false, false, false});
}

TEST_CASE("share removes share plugins' leftovers and calls to share", "[filter][share]") {
  for (const char* line : {
           "Like this: Like Loading... Related",
           "Like this: Like Loading…",
           "Like this: Like Be the first to like this. Related",
           "- See more at: http://example.com/2016/fire.html#sthash.abc123.dpuf",
           "Spread the word! LIKE and SHARE this article to help others.",
           "Please share this story with your friends and family.",
           "If you found this article useful, please share it on social media.",
           "[TWITTER]: http://twitter.com/examplenews",
           "Facebook Link: http://on.fb.me/AbCd12",
           "Website: https://www.example.org (our home page)",
           "Comparte esta noticia con tus amigos",
           "Teilen Sie diesen Artikel mit Ihren Freunden.",
           "Partagez cet article avec vos amis !",
           "Compartilhe esta notícia com seus amigos.",
           "Condividi questo articolo con i tuoi amici.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share keeps sentences that ask to share or name a profile", "[filter][share]") {
  for (const char* line : {
           "Please share any information with police, the detective said.",
           "Share this article's conclusions with caution, the editor warned in a note.",
           "Like this: a plan with no money behind it will fail, she argued.",
           "Facebook: the company said on Tuesday that it would appeal the fine.",
           "Comparte la responsabilidad el Gobierno regional, según el informe.",
           "Teilen Sie die Einschätzung? Die Mehrheit der Experten nicht.",
           "Partagez-vous cet avis ? La plupart des élus, non.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share cuts a share plugin's link glued to a paragraph", "[filter][share][span]") {
  using pith::test::filter_leaves_in_context;
  CHECK(filter_leaves_in_context("share", "The fire destroyed three warehouses on the river front, the fire service "
                                          "said. - See more at: http://example.com/fire.html#sthash.abc123.dpuf") ==
        "The fire destroyed three warehouses on the river front, the fire service said.");
  CHECK(filter_leaves_in_context("share", "Der Brand zerstörte drei Lagerhallen.- See more at: "
                                          "http://example.de/brand.html#sthash.Xy12.dpuf Die Feuerwehr war die ganze "
                                          "Nacht im Einsatz.") ==
        "Der Brand zerstörte drei Lagerhallen. Die Feuerwehr war die ganze Nacht im Einsatz.");
  CHECK(filter_leaves_in_context("share", "La nave è arrivata in porto all'alba. — See more at: "
                                          "http://example.it/porto.html#sthash.Qw12.dpuf") ==
        "La nave è arrivata in porto all'alba.");
  // A link without the plugin's tracker is the article's.
  std::string plain = "The report is online. See more at: http://example.com/report.html for the full tables.";
  CHECK(filter_leaves_in_context("share", plain) == plain);
}

TEST_CASE("share removes print and e-mail button rows in each language", "[filter][share]") {
  for (const char* line : {
           "Drucken | Per Mail versenden",
           "Imprimir | Enviar por correo | PDF",
           "Imprimer · Envoyer par courriel",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share keeps sentences about printing", "[filter][share]") {
  for (const char* line : {
           "The ministry will print 2 million copies of the PDF guide.",
           "Das Amt will die Bescheide künftig per Mail versenden, um Papier zu sparen.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share removes European Portuguese and German save buttons in a row", "[filter][share]") {
  for (const char* line : {"Partilhar", "Partilhe no Facebook", "Teilen Drucken Merken", "Merken Teilen"}) {
    INFO(line);
    CHECK(filter_removes_in_context("share", line));
  }
  for (const char* line : {"Partilhar os dados com a polícia foi a decisão certa, disse o autarca.",
                           "Merken Sie sich den Termin: Am Samstag wird die Brücke gesperrt."}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share removes save buttons and a recipe card's buttons in each language", "[filter][share]") {
  for (const char* line : {
           "Save", "Save article", "Print Recipe", "Pin Recipe", "Save Recipe | Print Recipe", "Guardar",
           "Imprimir receta", "Enregistrer", "Imprimer recette", "Salva", "Stampa ricetta", "Salvar",
           "Imprimir receita", "Rezept drucken", "Teilen Drucken Merken",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("share", line));
  }
  for (const char* line : {
           "Save the date", "Save the children", "Guardar silencio", "Salva Italia", "Rezept",
           "Save the recipe for a rainy Sunday, my grandmother told me.",
           "Guardar la receta en el congelador es un error, advierten los cocineros.",
           "La ricetta va salvata prima che scompaia, dice lo chef.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share judges the words of a row by the lists they may be in, as before", "[filter][share]") {
  // Platforms and joining words shared by every language, beside near misses that open with
  // the same bytes ("Links", "Xmas", "Pdfs") or with none of theirs.
  for (const char* line : {"Xing | LinkedIn | PDF", "Link: Facebook", "URL (copy)", "MAIL/SMS", "Telegram\tX",
                           "Reddit, Tumblr, Threads"}) {
    INFO(line);
    CHECK(filter_removes_in_context("share", line));
  }
  for (const char* line : {"Links", "Link URL", "Xmas Facebook", "Pdfs | Email", "Facebook (Meta) said", "X"}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share removes 'share this page' rows in each language", "[filter][share]") {
  // The demonstrative, the article, the piece and the prepositions of each language join the
  // share verb as "this", "the", "story" and "on" do in English.
  for (const char* line : {
           "Diese Geschichte teilen", "Diese Seite teilen", "Sharen mit:", "Teile diesen Beitrag", "Den Artikel teilen",
           "Teilen über WhatsApp", "Link kopiert", "Compartir esta página", "Compartir esta noticia en Facebook",
           "Enlace copiado", "Partager cette page", "Partager l'article", "Partager cet article sur Facebook",
           "Lien copié", "Compartilhar esta página", "Compartilhar a matéria", "Condividi questa pagina",
           "Condividi l'articolo", "Condividi questa storia su Facebook", "Link copiato",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("share", line));
  }
  for (const char* line : {
           "Die Regierung will die Kosten teilen, sagte der Minister.",
           "Wir teilen diese Sorge nicht.",
           "Sie teilen die Seite mit drei Familien.",
           "Compartir la carga entre los socios es la clave del acuerdo.",
           "Partager les richesses reste la priorité du gouvernement.",
           "Condividere la stessa pagina del passato non basta.",
           "La Stampa",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share removes WordPress's like count in its translations", "[filter][share]") {
  for (const char* line : {
           "%d Bloggern gefällt das:", "12 Bloggern gefällt das:", "Einem Blogger gefällt das:",
           "%d bloggers like this:", "12 bloggers like this.", "One blogger likes this.",
           "A 3 blogueros les gusta esto:", "%d blogueurs aiment cette page :", "A 5 blogger piace questo:",
           "4 blogueiros gostam disto:",
           // In any case: the key folds it, and so must the look before the line is keyed.
           "12 BLOGGERS LIKE THIS.", "3 BLoGGERS LIKE THIS.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("share", line));
  }
  for (const char* line : {
           "Bloggers like this one are rare, the editor said.",
           "12 bloggers like this city more than Paris.",
           "Einem Blogger gefällt das nicht, schreibt er.",
           "Bloggers like this.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share removes a liked-it question followed by a call to share", "[filter][share]") {
  for (const char* line : {
           "Dir hat der Artikel gefallen? Jetzt teilen...",
           "Liked this article? Share it now...",
           "Enjoyed this story? Please share it with a friend.",
           "¿Te ha gustado este artículo? Compártelo.",
           "Vous avez aimé cet article ? Partagez-le !",
           "Gostou desta matéria? Compartilhe!",
           "Ti è piaciuto questo articolo? Condividilo!",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("share", line));
  }
  for (const char* line : {
           "Liked the article? Share prices fell anyway, the analyst wrote.",
           "Hat Ihnen der Artikel gefallen? Schreiben Sie uns.",
           "Did you like the story? Critics did not.",
           "Gefällt dir der Text? Teilen die Leser nicht, zeigt die Umfrage.",
           "Did the minister like the plan? Share it now, the opposition said, and let voters decide.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share removes calls to share in each language", "[filter][share]") {
  for (const char* line : {
           "Si te ha gustado esta historia, compártela con tus amigos.",
           "No olvides compartir esta noticia en redes sociales.",
           "N'oubliez pas de partager cet article avec vos amis !",
           "Si vous avez aimé cette vidéo, partagez-la sur les réseaux sociaux.",
           "Se você gostou deste artigo, compartilhe nas redes sociais.",
           "Se ti è piaciuto questo articolo, condividilo con i tuoi amici.",
           "Teile diese Geschichte mit deinen Freunden!",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("share", line));
  }
  for (const char* line : {
           "Si te ha gustado la película, espera a la segunda parte.",
           "Comparte con todos sus compañeros el premio, dijo el entrenador.",
           "Se ti è piaciuto il concerto, tornerai l'anno prossimo, promette il sindaco.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share folds Latin-1 capitals as keys do, and knows the pin buttons", "[filter][share]") {
  for (const char* line : {"Épingler", "ÉPINGLER", "Partager Épingler Imprimer", "Teilen Pinnen Drucken"}) {
    INFO(line);
    CHECK(filter_removes_in_context("share", line));
  }
  for (const char* line : {"Épingler les coupables ne suffira pas, dit-elle.", "Élections"}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share removes a row of platforms after a label of any wording", "[filter][share]") {
  for (const char* line : {
           "Share this report: Facebook | Twitter | WhatsApp | Email",
           "Share \xE2\x86\x97 Twitter Telegram Reddit",
           "Deel dit artikel: Facebook | Pinterest | WhatsApp | Mail",
           "Diesen Bericht weiterempfehlen: Facebook \xC2\xB7 X \xC2\xB7 WhatsApp \xC2\xB7 E-Mail",
           "Comparte esta crónica: Facebook / Twitter / Telegram",
           "Partager la recette : Facebook | Pinterest | Imprimer",
           "Condividi l'intervista: WhatsApp \xE2\x80\xA2 Telegram \xE2\x80\xA2 Email",
           "Compartilhe \xE2\x9E\x9C WhatsApp Telegram E-mail",
           "Weitersagen: Facebook | WhatsApp | X",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share keeps lines that name platforms after a label in prose, lists or figures", "[filter][share]") {
  for (const char* line : {
           "Facebook, Twitter and Google were fined",
           "Share prices: Apple | Google | Amazon",
           "Tech stocks: Facebook 3.2% | Twitter -1.1% | Reddit 0.4%",
           "Banned in 2019: Facebook | Twitter | Telegram",
           "Les réseaux visés : Facebook, Twitter",
           "Sanktionen: Facebook und Twitter müssen zahlen",
           "Redes investigadas: Facebook e Twitter",
           "Nella lista nera: Telegram, WhatsApp e Signal",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share removes a bare share count, a row after a short question, and rows with an article, icons or emoji",
          "[filter][share]") {
  for (const char* line : {
           // A share count alone, shortened or not, in several languages.
           "1.2k shares", "12 shares", "348 partages", "2,1K condivisioni", "56 compartilhamentos",
           // A short question, then a row of share verbs with emoji between them.
           "Love it? Pin it \xF0\x9F\x93\x8C  Tweet it \xF0\x9F\x90\xA6  Send it \xE2\x9C\x89\xEF\xB8\x8F",
           "Liked it? Share it \xC2\xB7 Tweet it", "\xC2\xBFTe gust\xC3\xB3? Compartir \xC2\xB7 Guardar",
           "Gef\xC3\xA4llt's? Teilen | Merken",
           // A marked row whose last button takes "la".
           "\xC3\x89pingler sur Pinterest  |  Envoyer par mail  |  Imprimer la recette",
           "Compartir \xC2\xB7 Enviar por correo \xC2\xB7 Imprimir la receta",
           "Condividi \xC2\xB7 Invia per email \xC2\xB7 Stampa la ricetta",
           // A label, then the platforms' one-letter icons.
           "Partager l'article \xF0\x9F\x91\x89 f  t  in  \xE2\x9C\x89", "Share \xF0\x9F\x91\x89 f  t  in",
           "Condividi \xF0\x9F\x91\x89 f  t  w",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("share", line));
  }
  for (const char* line : {
           "The post got 1,200 shares in an hour, the council said.",
           "1,200 shares changed hands before the market closed on Friday.",
           "Stampa | La Stampa",
           "Why? Print it.",
           "Love it? Hate it? Everyone in the village has a view on the new bins.",
           "Imprimer la recette",
           "Share in the profits",
           "f t in",
           // A sentence in a script without spaces is no emoji between buttons.
           "\xE4\xBB\x8A\xE6\x97\xA5\xE3\x81\xAF\xE3\x81\x84\xE3\x81\x84\xE5\xA4\xA9\xE6\xB0\x97 Twitter",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share takes a row with one platform icon letter that is no word beside two buttons or their emoji",
          "[filter][share]") {
  for (const char* line : {
           "Share  f  Twitter  WhatsApp  Email  \xC2\xB7  61 shares",
           "Share  f  Facebook   Twitter   Email   |   214 shares",
           "Teilen  f  WhatsApp  E-Mail",
           "Compartir  f  X  WhatsApp",
           "f   \xF0\x9F\x90\xA6   \xE2\x9C\x89   \xF0\x9F\x94\x97 Copy link",
           "f t \xE2\x9C\x89 \xF0\x9F\x94\x97 Copy link",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("share", line));
  }
  for (const char* line : {
           // One icon letter beside one button, or one that is a word, is no row.
           "f Twitter", "Share f", "f \xF0\x9F\x94\xA5", "Share in Facebook", "f  in  \xE2\x9C\x89",
           "Follow us on f and Twitter for updates",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share takes a row whose buttons carry their counts, and a German count joined by a hyphen",
          "[filter][share]") {
  for (const char* line : {
           "Share 1.2k | Tweet | Email",
           "Share 599 Tweet 375",
           "Partilhar 128 \xC2\xB7 Tweetar \xC2\xB7 Enviar por e-mail",
           "412-mal geteilt",
           "\xF0\x9F\x93\xA4 412-mal geteilt",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("share", line));
  }
  for (const char* line : {
           "No. shares: 77.4m",
           "Share 12 times a day with your family, the nurse advised.",
           "412-mal geteilt und 3.000-mal kommentiert: der Beitrag des Ministers sorgte f\xC3\xBCr Aufsehen.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share takes a row that opens on its total", "[filter][share]") {
  CHECK(filter_removes_in_context("share", "86 compartidos \xC2\xB7 Facebook \xC2\xB7 Twitter \xC2\xB7 WhatsApp \xC2\xB7 Telegram"));
  CHECK_FALSE(filter_removes_in_context("share", "12 Facebook"));
  CHECK_FALSE(filter_removes_in_context("share", "2019 Twitter"));
}

TEST_CASE("share takes one button with its count, and a count after a button's icons", "[filter][share]") {
  CHECK(filter_removes_in_context("share", "\xE2\x86\x97 Share  \xC2\xB7  312"));
  CHECK(filter_removes_in_context("share", "Condividi  f  t  \xE2\x9C\x89   87 condivisioni"));
  CHECK_FALSE(filter_removes_in_context("share", "No. shares: 77.4m"));
  CHECK_FALSE(filter_removes_in_context("share", "Share of the vote: 31"));
}

TEST_CASE("share takes a row of buttons and its count set apart by a dash", "[filter][share]") {
  CHECK(filter_removes_in_context("share", "COMPARTIR EN: Facebook \xC2\xB7 Twitter \xC2\xB7 WhatsApp \xE2\x80\x94 348 veces compartido"));
  CHECK(filter_removes_in_context("share", "Share: Facebook \xC2\xB7 Twitter \xC2\xB7 Email \xE2\x80\x93 1,204 shares"));
  CHECK_FALSE(filter_removes_in_context("share", "El video fue compartido \xE2\x80\x94 348 veces compartido"));
}

TEST_CASE("share takes a count scaled by a word, and a row with its count after a middle dot", "[filter][share]") {
  for (const char* line : {
           "1,2 mil compartilhamentos",
           "2 mila condivisioni",
           "Compartilhe:   WhatsApp  |  Facebook  |  Twitter  |  Telegram   \xC2\xB7 1,2 mil compartilhamentos",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("share", line));
  }
  CHECK_FALSE(filter_removes_in_context("share", "A campanha teve 1,2 mil compartilhamentos no primeiro dia."));
}

TEST_CASE("share takes a count whose thousands a space sets apart, and a call with its count set apart after the verb",
          "[filter][share]") {
  for (const char* line : {"Share 1 204 | Tweet | WhatsApp", "Share 1,204 | Tweet | WhatsApp",
                           "\xE2\xA4\xB4 Artikel teilen \xC2\xB7 48", "Artikel teilen (48)",
                           "Diesen Artikel teilen \xC2\xB7 1 204"}) {
    INFO(line);
    CHECK(filter_removes_in_context("share", line));
  }
  // A table's row gives its figure after a colon; a year is no count.
  for (const char* line : {"No. shares: 77.4m", "Share the post 2019", "Share price 48"}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share takes a count with its scale apart or its decimals after a comma, and 'veces compartido'",
          "[filter][share]") {
  for (const char* line : {"\xF0\x9F\x91\x8D J'aime 1,2 k \xC2\xB7 Partager 364",
                           "127 veces compartido \xC2\xB7 Facebook \xC2\xB7 Twitter \xC2\xB7 WhatsApp \xC2\xB7 Telegram",
                           "Condividi 3 mila \xC2\xB7 WhatsApp \xC2\xB7 Telegram"}) {
    INFO(line);
    CHECK(filter_removes_in_context("share", line));
  }
  for (const char* line : {"J'aime le cin\xC3\xA9ma 12 fois par an",
                           "Compartido 3 veces en la red, el video lleg\xC3\xB3 a 2 mil personas."}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share takes a count with a scale glued after a comma's decimals, and 'Tweeter'", "[filter][share]") {
  CHECK(filter_removes_in_context("share", "Condividi 1,4K \xC2\xB7 Tweet \xC2\xB7 WhatsApp"));
  CHECK(filter_removes_in_context("share", "Partager 214 \xC2\xB7 Tweeter \xC2\xB7 WhatsApp \xC2\xB7 \xE2\x9C\x89"));
  CHECK_FALSE(filter_removes_in_context("share", "Tweeter en direct pendant 214 minutes, c'est son record."));
}

TEST_CASE("share takes a count joined to its word by a times sign, and a count's past participle",
          "[filter][share]") {
  for (const char* line : {
           "17 \xC3\x97 geteilt",
           "17\xC3\x97 geteilt",
           "2,4k \xC3\x97 geteilt",
           "17x shares",
           "1.204 geteilt",
           "38 fois partag\xC3\xA9",
           "12 volte condiviso",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("share", line));
  }
  for (const char* line : {
           "17 \xC3\x97 geteilt und 40 \xC3\x97 kommentiert wurde der Beitrag binnen einer Stunde.",
           "3 x 4 Meter",
           "17 geteilte Wohnungen stehen leer, sagte die Stadt.",
           "12 volte condiviso dai ministri, il post era falso.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share takes a row of reaction counts after their pictographs, and a count after an arrow",
          "[filter][share]") {
  for (const char* line : {
           "\xF0\x9F\x91\x8D 1,2 k   \xF0\x9F\x92\xAC 86   \xE2\x86\x97 314 partages",
           "\xE2\x99\xA5 48 \xC2\xB7 \xF0\x9F\x92\xAC 12",
           "\xE2\x86\x97 314 partages",
           "\xF0\x9F\x91\x8D 212 \xF0\x9F\x92\xAC 31 comments",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("share", line));
  }
  for (const char* line : {
           "\xE2\x9A\xBD 2 \xE2\x80\x93 1 \xE2\x9A\xBD",
           "\xF0\x9F\x93\x88 3,2 % \xE2\x96\xB2 1,2 %",
           "\xF0\x9F\x91\x8D 212 people liked the mayor's post, and 31 commented.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share takes a row with Google+ among its platforms, and the River Plate's 'Compartí'", "[filter][share]") {
  for (const char* line : {
           "Condividi su: Facebook Twitter Google+ WhatsApp",
           "Share on: Facebook Twitter Google+ WhatsApp",
           "Compart\xC3\xAD esta nota",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("share", line));
  }
  for (const char* line : {
           "Google+ closed in 2019",
           "Compart\xC3\xAD la nota con tu familia y tus vecinos del barrio.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share takes a bar whose buttons end on the text size's", "[filter][share]") {
  CHECK(filter_removes_in_context("share", "Artikel teilen  \xC2\xB7  Drucken  \xC2\xB7  A\xE2\x88\x92  A+"));
  CHECK(filter_removes_in_context("share", "Stampa  |  A-  A+  |  Invia"));
  CHECK_FALSE(filter_removes_in_context("share", "A+ students"));
}

TEST_CASE("share takes the text size's buttons after a label of several words, with their middle size",
          "[filter][share]") {
  for (const char* line : {
           "Schriftgr\xC3\xB6\xC3\x9F" "e  A\xE2\x88\x92  A  A+  |  Drucken",
           "Text size  A-  A+  |  Print",
           "Taille du texte  A-  A+  |  Imprimer",
           "Tama\xC3\xB1o de letra A\xE2\x88\x92 A+ \xC2\xB7 Imprimir",
           "Dimensione testo A- A A+ | Stampa",
           // Three bare "A"s, one per size.
           "Taille du texte  A  A  A  |  Imprimer",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("share", line));
  }
  for (const char* line : {
           "The A+ grade went to Facebook",
           "Students earned A- A+ and more",
           "Text size matters: A- and A+ grades | Print edition",
           "Text size A A | Print",
           "Taille du texte A A A",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("share", line));
  }
}

TEST_CASE("share reads German 'Twittern' as a button", "[filter][share]") {
  CHECK(filter_removes_in_context("share", "Teilen 37 | Twittern | Merken"));
  CHECK_FALSE(filter_removes_in_context("share", "Politiker twittern zu viel, sagt die Studie."));
}
