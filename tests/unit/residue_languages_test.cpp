// Residue kinds worded natively in each of the six languages (en de es fr it pt), each line standing in
// an article of its own language: tag labels, comment-box lines and headers, disclaimers, author bios,
// paywall and trial offers, messenger channels, media players, related headers, update stamps and
// press contacts go; article sentences that use the same words stay.
#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include "unit/test_support.h"

using pith::test::removed_by_filter;

namespace {

/// Two article sentences before and two after the line, in the line's language, so the document is
/// identified as that language (as a real page of that site would be).
const std::map<std::string, std::vector<std::string>> k_articles = {
    {"en",
     {"The city council approved the new transport plan on Tuesday evening by a large majority, officials said.",
      "Fewer cars will be allowed into the old town from next spring, and bus lanes will be extended.",
      "Shop owners criticised the decision and said they had not been consulted about the changes.",
      "The first measures are to be carried out this summer and are expected to cost about twelve million."}},
    {"de",
     {"Der Stadtrat hat am Dienstagabend mit großer Mehrheit ein neues Verkehrskonzept für die Innenstadt "
      "beschlossen.",
      "Künftig sollen deutlich weniger Autos durch die Altstadt fahren, wie die Verwaltung am Mittwoch mitteilte.",
      "Die Opposition kritisierte den Beschluss scharf, weil die Händler nicht ausreichend angehört worden seien.",
      "Die Stadt will die ersten Maßnahmen noch in diesem Sommer umsetzen, die Kosten liegen bei zwölf Millionen "
      "Euro."}},
    {"es",
     {"El ayuntamiento aprobó el martes por la noche el nuevo plan de movilidad con una amplia mayoría de los "
      "concejales.",
      "A partir de la próxima primavera circularán muchos menos coches por el centro histórico de la ciudad.",
      "Los comerciantes criticaron la decisión y aseguraron que nadie les había consultado sobre los cambios.",
      "Las primeras medidas se pondrán en marcha este verano y costarán unos doce millones de euros, según el "
      "consistorio."}},
    {"fr",
     {"Le conseil municipal a adopté mardi soir le nouveau plan de circulation à une large majorité des élus.",
      "Dès le printemps prochain, beaucoup moins de voitures pourront traverser le centre historique de la ville.",
      "Les commerçants ont vivement critiqué la décision et affirment ne pas avoir été consultés par la mairie.",
      "Les premières mesures seront mises en œuvre cet été et devraient coûter environ douze millions d'euros."}},
    {"it",
     {"Il consiglio comunale ha approvato martedì sera il nuovo piano del traffico con un'ampia maggioranza.",
      "Dalla prossima primavera potranno entrare nel centro storico della città molte meno automobili di oggi.",
      "I commercianti hanno criticato duramente la decisione e dicono di non essere stati consultati dal Comune.",
      "I primi interventi partiranno già quest'estate e costeranno circa dodici milioni di euro, secondo la "
      "giunta."}},
    {"pt",
     {"A câmara municipal aprovou na terça-feira à noite o novo plano de mobilidade por uma ampla maioria.",
      "A partir da próxima primavera, muito menos carros poderão circular pelo centro histórico da cidade.",
      "Os comerciantes criticaram a decisão e afirmam que não foram consultados pela autarquia sobre as mudanças.",
      "As primeiras medidas avançam já neste verão e deverão custar cerca de doze milhões de euros, segundo a "
      "câmara."}},
};

/// True when filter `name`, alone, removes the first of `lines` standing in the middle of an article
/// in `language` (the lines after it stay in place: a comment header's date, a header's headlines).
bool removes_in_article(const char* name, const std::string& language, const std::vector<std::string>& lines) {
  const std::vector<std::string>& article = k_articles.at(language);
  std::vector<std::string> doc = {article[0], article[1]};
  doc.insert(doc.end(), lines.begin(), lines.end());
  doc.push_back(article[2]);
  doc.push_back(article[3]);
  return removed_by_filter(name, doc)[2];
}

/// What filter `name`, alone, removes of `tail` set as the last lines of an article in `language`.
std::vector<bool> removed_at_end(const char* name, const std::string& language, const std::vector<std::string>& tail) {
  const std::vector<std::string>& article = k_articles.at(language);
  std::vector<std::string> doc = article;
  doc.insert(doc.end(), tail.begin(), tail.end());
  std::vector<bool> removed = removed_by_filter(name, doc);
  return {removed.begin() + static_cast<std::ptrdiff_t>(article.size()), removed.end()};
}

/// One line of a table: the filter, the article's language, the line.
struct Row {
  const char* filter;
  const char* language;
  const char* line;
};

void check_removed(std::initializer_list<Row> rows) {
  for (const Row& row : rows) {
    INFO(row.filter << " [" << row.language << "] " << row.line);
    CHECK(removes_in_article(row.filter, row.language, {row.line}));
  }
}

void check_kept(std::initializer_list<Row> rows) {
  for (const Row& row : rows) {
    INFO(row.filter << " [" << row.language << "] " << row.line);
    CHECK_FALSE(removes_in_article(row.filter, row.language, {row.line}));
  }
}

}  // namespace

TEST_CASE("post-meta removes tag and topic labels worded in each language", "[filter][post-meta][languages]") {
  check_removed({
      {"post-meta", "en", "Topics: Politics, Transport"},
      {"post-meta", "en", "Related topics: housing, rent control"},
      {"post-meta", "de", "Stichworte: Bahn, Streik, GDL"},
      {"post-meta", "de", "Tags: Bundesliga, FC Bayern"},
      {"post-meta", "de", "Mehr zu den Themen: Verkehr, Köln"},
      {"post-meta", "es", "Tags: Real Madrid, Champions League"},
      {"post-meta", "es", "Palabras claves: incendio, Valencia, Bomberos"},
      {"post-meta", "fr", "Mots clefs : budget, impôts"},
      {"post-meta", "fr", "Thématiques : Environnement, Climat"},
      {"post-meta", "fr", "Tags : Rugby, XV de France"},
      {"post-meta", "it", "Tag: Juventus, calciomercato"},
      {"post-meta", "it", "Temi: Politica, Governo"},
      {"post-meta", "it", "Etichette: cronaca, Roma"},
      {"post-meta", "pt", "Tópicos: Lisboa, habitação, rendas"},
      {"post-meta", "pt", "Assuntos: Política, Eleições"},
      {"post-meta", "pt", "Tags: Benfica, Liga dos Campeões"},
      // A qualifier between the label and its colon.
      {"post-meta", "en", "Tagged with: elections, Senate"},
      {"post-meta", "de", "Schlagwörter zum Artikel: Bundestag, Haushalt"},
      {"post-meta", "fr", "Mots-clés associés : Paris, JO 2024"},
      {"post-meta", "it", "Tag correlati: Roma, Campidoglio"},
      {"post-meta", "pt", "Tags relacionadas: Lula, STF"},
      {"post-meta", "es", "Más sobre: Pedro Sánchez, PSOE, Congreso"},
  });
}

TEST_CASE("post-meta keeps sentences that open with tag and topic words", "[filter][post-meta][languages]") {
  check_kept({
      {"post-meta", "pt", "Assuntos como a habitação e a saúde dominaram o debate parlamentar desta semana."},
      {"post-meta", "it", "Tag e etichette sui prodotti dovranno indicare l'origine, ha spiegato il ministro."},
      {"post-meta", "de", "Thema: Die Koalition will über Renten, Steuern und die Bahn sprechen, sagte er."},
      {"post-meta", "fr", "Sujet de vives tensions, la réforme des retraites revient devant l'Assemblée."},
      {"post-meta", "es", "Tema: el Gobierno aprobará mañana la reforma, según fuentes del Ministerio."},
  });
}

TEST_CASE("comment-policy removes comment-box notices and controls in each language",
          "[filter][comment-policy][languages]") {
  check_removed({
      {"comment-policy", "en", "Comments are moderated."},
      {"comment-policy", "en", "Reply"},
      {"comment-policy", "en", "Report comment"},
      {"comment-policy", "de", "Kommentare werden moderiert."},
      {"comment-policy", "de", "Schreiben Sie den ersten Kommentar"},
      {"comment-policy", "de", "Seien Sie der Erste, der kommentiert"},
      {"comment-policy", "de", "Antworten"},
      {"comment-policy", "de", "Kommentar melden"},
      {"comment-policy", "es", "Los comentarios están moderados."},
      {"comment-policy", "es", "Todavía no hay comentarios"},
      {"comment-policy", "es", "Responder"},
      {"comment-policy", "es", "Denunciar comentario"},
      {"comment-policy", "fr", "Les commentaires sont modérés."},
      {"comment-policy", "fr", "Soyez le premier à réagir"},
      {"comment-policy", "fr", "Répondre"},
      {"comment-policy", "fr", "Signaler un abus"},
      {"comment-policy", "it", "I commenti sono moderati."},
      {"comment-policy", "it", "Sii il primo a commentare"},
      {"comment-policy", "it", "Rispondi"},
      {"comment-policy", "it", "Segnala abuso"},
      {"comment-policy", "pt", "Comentários encerrados"},
      {"comment-policy", "pt", "Os comentários são moderados."},
      {"comment-policy", "pt", "Ainda não há comentários"},
      {"comment-policy", "pt", "Denunciar comentário"},
      {"comment-policy", "fr", "Réagissez à cet article"},
      // Comments closed for the piece, as a sentence.
      {"comment-policy", "de", "Die Kommentarfunktion wurde für diesen Artikel deaktiviert."},
      {"comment-policy", "es", "Los comentarios para esta noticia están cerrados."},
      {"comment-policy", "fr", "Les commentaires sont désactivés pour cet article."},
      {"comment-policy", "it", "I commenti sono disabilitati."},
      {"comment-policy", "pt", "Os comentários deste artigo estão desativados."},
      {"comment-policy", "en", "Comments for this story have been closed."},
  });
}

TEST_CASE("comment-policy removes login notices and a moderation notice with its rule in each language",
          "[filter][comment-policy][languages]") {
  check_removed({
      {"comment-policy", "en", "You must be logged in to post a comment."},
      {"comment-policy", "en", "To leave a comment, you need to be logged in. Log in or register."},
      {"comment-policy", "de", "Um kommentieren zu können, müssen Sie sich anmelden."},
      {"comment-policy", "de", "Sie müssen angemeldet sein, um einen Kommentar zu schreiben."},
      {"comment-policy", "es", "Para comentar debes estar registrado."},
      {"comment-policy", "es", "Debes iniciar sesión para publicar un comentario."},
      {"comment-policy", "fr", "Vous devez être connecté pour publier un commentaire."},
      {"comment-policy", "fr", "Pour commenter, vous devez vous connecter. Se connecter"},
      {"comment-policy", "it", "Per commentare gli articoli devi essere iscritto. Accedi o iscriviti."},
      {"comment-policy", "it", "Devi accedere per lasciare un commento."},
      {"comment-policy", "pt", "Para comentar, você precisa estar logado."},
      {"comment-policy", "pt", "Tem de estar registado para comentar."},
      {"comment-policy", "en", "Comments are subject to moderation. Be civil."},
      {"comment-policy", "es", "Los comentarios están sujetos a moderación. Respeta a los demás lectores."},
      {"comment-policy", "de", "Kommentare werden vor der Veröffentlichung geprüft. Bitte bleiben Sie sachlich."},
      {"comment-policy", "pt", "Os comentários estão sujeitos a moderação. Não são aceites insultos."},
  });
}

TEST_CASE("a blog engine's comment form, share and like widgets go in each language",
          "[filter][comment-policy][share][loading][languages]") {
  check_removed({
      {"comment-policy", "en", "Your email address will not be published. Required fields are marked *"},
      {"comment-policy", "en", "Cancel reply"},
      {"comment-policy", "de", "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert"},
      {"comment-policy", "de", "Diese Website verwendet Akismet, um Spam zu reduzieren."},
      {"comment-policy", "de", "Antworten abbrechen"},
      {"comment-policy", "de", "Schreibe einen Kommentar"},
      {"comment-policy", "es", "Tu dirección de correo electrónico no será publicada."},
      {"comment-policy", "es", "Este sitio usa Akismet para reducir el spam."},
      {"comment-policy", "es", "Cancelar la respuesta"},
      {"comment-policy", "fr", "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *"},
      {"comment-policy", "fr", "Annuler la réponse"},
      {"comment-policy", "pt", "O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *"},
      {"comment-policy", "pt", "Cancelar resposta"},
      {"comment-policy", "it", "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *"},
      {"comment-policy", "it", "Questo sito utilizza Akismet per ridurre lo spam."},
      {"comment-policy", "it", "Annulla risposta"},
      {"comment-policy", "de", "Schreibe einen Kommentar Antworten abbrechen"},
      {"comment-policy", "en", "No comments yet. Comments are closed."},
      {"comment-policy", "it", "Lascia un commento Annulla risposta"},
      {"cookie", "de", "Datenschutz & Cookies: Diese Website verwendet Cookies. Wenn du die Website weiterhin nutzt, "
                       "stimmst du der Verwendung von Cookies zu."},
      {"cookie", "es", "Privacidad y cookies: este sitio utiliza cookies. Al continuar utilizando esta web, aceptas su uso."},
      {"cookie", "fr", "Confidentialité et cookies : ce site utilise des cookies. En continuant à naviguer, vous acceptez "
                       "que nous en utilisions."},
      {"cookie", "pt", "Privacidade e cookies: Este site utiliza cookies. Ao continuar a usar este site, concorda com "
                       "a sua utilização."},
      {"cookie", "it", "Privacy e cookie: Questo sito utilizza cookie. Continuando a utilizzare questo sito web, si "
                       "accetta l'utilizzo dei cookie."},
      {"newsletter", "en", "Want the best stories every morning? Sign up for our newsletter."},
      {"newsletter", "es", "¿Quieres recibir las noticias cada mañana? Apúntate a nuestra newsletter"},
      {"newsletter", "pt", "Subscreva a newsletter diária e receba as principais notícias no seu e-mail."},
      {"loading", "de", "Empfohlener redaktioneller Inhalt"},
      {"loading", "de", "Klicken Sie auf den Button, um den Inhalt von Instagram zu laden."},
      {"loading", "en", "Click the button below to load the content from Spotify."},
      {"loading", "en", "External content"},
      {"loading", "fr", "Contenu externe"},
      {"media-controls", "de", "Bild anzeigen Bild schließen"},
      {"media-controls", "de", "Zum Vergrößern auf das Bild klicken"},
      {"media-controls", "en", "Click to enlarge"},
      {"media-controls", "es", "Haz clic para ampliar"},
      {"media-controls", "fr", "Cliquez pour agrandir"},
      {"media-controls", "it", "Clicca per ingrandire"},
      {"media-controls", "pt", "Clique para ampliar"},
      {"share", "de", "Beitrag teilen"},
      {"share", "en", "* Share"},
      {"comment-policy", "en", "Pingback: Ten things we learned about the budget | The Ledger"},
      {"comment-policy", "de", "3. Pingback von Neue Radwege für die Stadt | 11.09.2021 23:31"},
      {"comment-policy", "fr", "Trackback : Le budget de la ville"},
      {"nav-links", "de", "Zurück zur Übersicht"},
      {"nav-links", "en", "Back to overview"},
      {"nav-links", "es", "Volver al listado"},
      {"nav-links", "fr", "Retour à la liste"},
      {"nav-links", "pt", "Voltar à lista"},
      {"nav-links", "it", "Torna alla lista"},
      {"related", "de", "Lesen Sie hier: Neue Radwege für die Innenstadt"},
      {"related", "de", "Weitere Beiträge zum Thema"},
      {"related", "es", "Lea más: El Gobierno aprueba la reforma"},
      {"related", "de", "Neueste Beiträge"},
      {"related", "es", "Entradas recientes"},
      {"related", "fr", "Commentaires récents"},
      {"related", "pt", "Posts recentes"},
      {"related", "it", "Articoli recenti"},
      {"nav-links", "de", "Suche nach:"},
      {"nav-links", "pt", "Pesquisar por:"},
      {"share", "de", "Teilen Sie dies mit:"},
      {"share", "es", "Compartir esto:"},
      {"share", "pt", "Compartilhe isso:"},
      {"share", "de", "Gefällt mir: Gefällt mir Wird geladen …"},
      {"share", "es", "Me gusta esto: Me gusta Cargando..."},
      {"share", "fr", "J'aime ça : J'aime chargement…"},
      {"share", "pt", "Curtir isso: Curtir Carregando..."},
      {"share", "it", "Mi piace: Mi piace Caricamento... Correlati"},
      {"loading", "de", "Gefällt mir Wird geladen …"},
      {"loading", "es", "Me gusta Cargando..."},
      {"loading", "it", "Mi piace Caricamento..."},
  });
  check_kept({
      {"comment-policy", "de", "Die E-Mail-Adresse des Ministers wird nicht veröffentlicht, teilte die Behörde mit."},
      {"comment-policy", "en", "The required fields of the tax form were marked in red, the auditor said."},
      {"comment-policy", "es", "El correo electrónico del alcalde no fue publicado hasta el lunes."},
      {"share", "it", "Mi piace molto questa città, ha detto il sindaco ai giornalisti."},
      {"share", "es", "Me gusta esto, dijo la ministra al salir de la reunión del consejo."},
      {"newsletter", "en", "Why do readers leave? Sign-up numbers for the newsletter fell by a third last year."},
      {"comment-policy", "en", "Pingbacks and comments were switched off on the old site, the editor said."},
      {"loading", "de", "Externe Inhalte machen inzwischen ein Drittel des Datenverkehrs aus, sagt die Studie."},
      {"media-controls", "de", "Vergrößern will der Konzern vor allem sein Geschäft in Asien."},
      {"share", "en", "Share prices fell sharply on Monday."},
  });
}

TEST_CASE("comment-policy removes the title over a post's comments in each language",
          "[filter][comment-policy][languages]") {
  check_removed({
      {"comment-policy", "en", "12 responses to “Why the ferry stopped running”"},
      {"comment-policy", "en", "One thought on \"Spring in the allotment\""},
      {"comment-policy", "de", "3 Gedanken zu „Der neue Bahnhof“"},
      {"comment-policy", "de", "Ein Kommentar zu „Der neue Bahnhof“"},
      {"comment-policy", "es", "7 comentarios en «La nueva biblioteca»"},
      {"comment-policy", "es", "Una respuesta a “La nueva biblioteca”"},
      {"comment-policy", "fr", "4 réflexions sur « La rentrée scolaire »"},
      {"comment-policy", "pt", "2 comentários em “A nova ponte”"},
      {"comment-policy", "it", "9 commenti su “Il nuovo stadio”"},
  });
  check_kept({
      {"comment-policy", "en", "12 responses to “the survey” came from teachers, the report said."},
      {"comment-policy", "en", "Two comments on the plan stood out."},
      {"comment-policy", "de", "3 Kommentare zu dem Thema wurden gelöscht."},
  });
}

TEST_CASE("comment-policy keeps sentences about registration and moderation that go on",
          "[filter][comment-policy][languages]") {
  check_kept({
      {"comment-policy", "en", "To comment on the plan, residents must be registered voters in the district."},
      {"comment-policy", "en", "Users who want to comment must log in with their bank ID, the agency said on Monday."},
      {"comment-policy", "es", "Para comentar el proyecto, los vecinos deben estar registrados en el padrón municipal."},
      {"comment-policy", "de", "Kommentare werden geprüft. Die Redaktion hat dafür zwei neue Stellen geschaffen, "
                               "wie der Verlag am Montag mitteilte."},
      {"comment-policy", "it", "Per commentare i dati devi essere registrato all'ordine dei medici, spiega il presidente."},
  });
}

TEST_CASE("comment-policy removes a comment's 'Name says:' header with its date", "[filter][comment-policy][languages]") {
  const std::vector<std::pair<std::string, std::vector<std::string>>> headers = {
      {"en", {"John Smith says:", "March 3, 2024 at 4:12 pm"}},
      {"en", {"jroe42 says: March 3, 2024 at 4:12 pm"}},
      {"de", {"Hans Meier sagt:", "12. März 2024 um 14:03 Uhr"}},
      {"de", {"Peter schreibt: 12.03.2024 um 09:41"}},
      {"es", {"Juan Pérez dice:", "12 marzo, 2024 a las 14:03"}},
      {"fr", {"Jean Dupont dit :", "12 mars 2024 à 14 h 03 min"}},
      {"it", {"Mario Rossi scrive:", "12 marzo 2024 alle 14:03"}},
      {"it", {"Giulia ha detto: 12/03/2024 alle 09:15"}},
      {"pt", {"João Silva disse:", "12 de março de 2024 às 14:03"}},
      {"pt", {"Ana diz: 12/03/2024 às 09:15"}},
  };
  for (const auto& [language, lines] : headers) {
    INFO("[" << language << "] " << lines[0]);
    CHECK(removes_in_article("comment-policy", language, lines));
  }
  // A quote's lead-in, or a name and a verb without the date after.
  check_kept({
      {"comment-policy", "en", "He says: the council must act now, before the winter of 2025."},
      {"comment-policy", "de", "Der Minister sagt: Wir werden das Gesetz bis 2025 ändern."},
      {"comment-policy", "fr", "Le maire dit : nous investirons 12 millions d'euros."},
      {"comment-policy", "it", "Il sindaco ha detto: faremo di più per la città entro il 2025."},
      {"comment-policy", "es", "El alcalde dice: vamos a invertir 12 millones en transporte."},
      {"comment-policy", "pt", "O ministro disse: vamos investir 12 milhões na ferrovia."},
      {"comment-policy", "en", "Jane Roe says:"},
  });
}

TEST_CASE("comment-policy removes a comment's 'Comment by Name' header with its date", "[filter][comment-policy][languages]") {
  check_removed({
      {"comment-policy", "en", "Comment by Mirko Lange — 17.07, 2011 @ 13:04"},
      {"comment-policy", "en", "Reply by @janeroe 2 hours ago"},
      {"comment-policy", "de", "Kommentar von Hans Meier am 12. März 2024 um 14:03"},
      {"comment-policy", "es", "Comentario de María López, 3 de mayo de 2023"},
      {"comment-policy", "fr", "Commentaire de Jean Dupont le 4 mars 2024 à 10 h 12"},
      {"comment-policy", "pt", "Comentário de João Silva em 5 de abril de 2022"},
      {"comment-policy", "it", "Commento di Mario Rossi il 6 giugno 2021 alle 18:30"},
  });
  // No capitalised name, no date, or a sentence after the name.
  check_kept({
      {"comment-policy", "en", "Comment by the minister on Monday was criticised by 3 parties."},
      {"comment-policy", "en", "Comment by Jane Roe"},
      {"comment-policy", "en", "Comment by Jane Roe on the budget: it is too late, she said in 2024."},
      {"comment-policy", "de", "Kommentar von unserem Redakteur zur Wahl 2024"},
      {"comment-policy", "fr", "Commentaire de la ministre : « nous investirons 12 millions d'euros »."},
      {"comment-policy", "it", "Commento di Mario Rossi sulla partita: una vittoria meritata, 3 a 1."},
  });
}

TEST_CASE("comment-policy removes a short moderation notice in each language", "[filter][comment-policy][languages]") {
  check_removed({
      {"comment-policy", "en", "Comments are moderated before they appear."},
      {"comment-policy", "de", "Kommentare werden vor der Veröffentlichung moderiert."},
      {"comment-policy", "de", "Ihr Kommentar wird nach Prüfung freigeschaltet."},
      {"comment-policy", "es", "Los comentarios están sujetos a moderación."},
      {"comment-policy", "fr", "Les commentaires sont soumis à modération."},
      {"comment-policy", "it", "I commenti sono soggetti a moderazione."},
      {"comment-policy", "pt", "Os comentários estão sujeitos a moderação."},
  });
}

TEST_CASE("comment-policy keeps reports that name comments and moderation", "[filter][comment-policy][languages]") {
  check_kept({
      {"comment-policy", "en", "Comments are moderated by volunteers, the study found."},
      {"comment-policy", "de", "Kommentare werden im Netz oft gelöscht, sagt die Forscherin."},
      {"comment-policy", "pt", "Os comentários são moderados pela própria comunidade do fórum há anos e funcionam bem."},
      {"comment-policy", "en", "Comments are moderated by volunteers on many forums, the study found."},
      {"comment-policy", "de", "Kommentare werden in sozialen Netzwerken oft von Algorithmen sortiert, sagen Forscher."},
      {"comment-policy", "fr", "Répondre aux critiques n'est pas la priorité du gouvernement, selon le ministre."},
      {"comment-policy", "es", "Responder a las preguntas de la oposición es obligatorio, recordó el presidente."},
      {"comment-policy", "es", "Los comentarios del ministro sobre el cierre de la fábrica fueron duramente criticados."},
      {"comment-policy", "it", "I commenti del sindaco, dopo la chiusura dello stadio, hanno fatto discutere."},
  });
}

TEST_CASE("disclaimer removes affiliate and views notices worded in each language", "[filter][disclaimer][languages]") {
  check_removed({
      {"disclaimer", "de", "*Affiliate-Link: Kaufen Sie über diesen Link, erhalten wir eine kleine Provision."},
      {"disclaimer", "de", "Die mit * gekennzeichneten Links sind Affiliate-Links."},
      {"disclaimer", "de",
       "Die in diesem Beitrag geäußerten Meinungen spiegeln nicht unbedingt die Meinung der Redaktion wider."},
      {"disclaimer", "de", "Gastbeiträge geben nicht zwingend die Meinung der Redaktion wieder."},
      {"disclaimer", "es",
       "Algunos enlaces de esta página son de afiliados y podemos recibir una comisión por las compras."},
      {"disclaimer", "es",
       "Las opiniones expresadas en este artículo no reflejan necesariamente la línea editorial del medio."},
      {"disclaimer", "es", "Este medio no se hace responsable de las opiniones vertidas por los autores."},
      {"disclaimer", "fr",
       "Certains liens de cet article sont affiliés : si vous achetez via ces liens, nous pouvons percevoir une "
       "commission."},
      {"disclaimer", "fr",
       "Les propos tenus dans cette tribune ne reflètent pas nécessairement la position de la rédaction."},
      {"disclaimer", "it",
       "Questo articolo contiene link affiliati: se acquisti tramite questi link potremmo ricevere una commissione."},
      {"disclaimer", "it",
       "Le opinioni espresse in questo articolo non riflettono necessariamente quelle della redazione."},
      {"disclaimer", "it", "Le opinioni espresse sono di esclusiva responsabilità dell'autore."},
      {"disclaimer", "pt",
       "Este artigo contém links de afiliado e podemos receber uma comissão pelas compras feitas através deles."},
      {"disclaimer", "pt", "As opiniões expressas neste artigo não refletem necessariamente a posição do jornal."},
      {"disclaimer", "en",
       "As an Amazon Associate we earn from qualifying purchases made through links on this page."},
      {"disclaimer", "en", "The opinions expressed here do not necessarily represent those of the publisher."},
      // The author's sole responsibility, without the views noun.
      {"disclaimer", "es", "El contenido de esta columna es responsabilidad exclusiva de su autor."},
      {"disclaimer", "fr", "Cette tribune n'engage que son auteur."},
      {"disclaimer", "it", "L'articolo riflette esclusivamente le opinioni dell'autore."},
      {"disclaimer", "pt", "Este artigo de opinião é da exclusiva responsabilidade do autor."},
      {"disclaimer", "pt", "Este conteúdo contém links de afiliados; podemos ganhar uma comissão com as compras."},
  });
}

TEST_CASE("disclaimer keeps reports on commissions and opinions", "[filter][disclaimer][languages]") {
  check_kept({
      {"disclaimer", "de",
       "Die Händler erhalten eine Provision für jeden Vertrag, den sie abschließen, kritisierten Verbraucherschützer."},
      {"disclaimer", "es",
       "Las opiniones expresadas por los vecinos en la reunión reflejan el malestar del barrio con el ayuntamiento."},
      {"disclaimer", "fr",
       "Les enquêteurs ont relevé que la commission versée aux intermédiaires dépassait les plafonds légaux."},
      {"disclaimer", "it",
       "La commissione europea ha ricevuto le opinioni dei sindacati, che non riflettono quelle delle imprese."},
      {"disclaimer", "pt",
       "A opinião dos moradores não foi ouvida, e a câmara recebeu uma comissão de avaliação independente."},
  });
}

TEST_CASE("bio removes an author's header and bio at the end in each language", "[filter][bio][languages]") {
  const std::vector<std::pair<std::string, std::string>> bios = {
      {"en", "Jane Roe, reporter, covers city hall and transport."},
      {"en", "About the author: Jane Roe is a staff writer covering transport."},
      {"de", "Max Mustermann, Redakteur, schreibt über Verkehr und Stadtentwicklung."},
      {"de", "Anna Schmidt, Korrespondentin in Brüssel, berichtet über die Europäische Union."},
      {"es", "Juan Pérez, periodista, cubre la información municipal de Madrid."},
      {"es", "Sobre la autora: María López es redactora de la sección de Economía."},
      {"fr", "Jean Dupont, journaliste, couvre la politique locale et les transports."},
      {"fr", "À propos de l’auteur : Marie Martin est journaliste au service Société."},
      {"it", "Mario Rossi, giornalista, si occupa di cronaca e politica locale."},
      {"it", "Giulia Bianchi, inviata, segue la cronaca giudiziaria."},
      {"pt", "João Silva, jornalista, cobre política e economia."},
      {"pt", "Ana Costa, repórter, escreve sobre saúde e ciência."},
  };
  for (const auto& [language, line] : bios) {
    INFO("[" << language << "] " << line);
    CHECK(removed_at_end("bio", language, {line}) == std::vector<bool>{true});
  }
  const std::vector<std::pair<std::string, std::vector<std::string>>> headed = {
      {"fr", {"L’auteur", "Marie Martin est journaliste au service Société depuis 2015."}},
      {"pt", {"O autor", "Ana Costa é jornalista da secção de Sociedade."}},
      {"es", {"El autor", "Juan Pérez es periodista y cubre la información local."}},
      {"it", {"L’autore", "Mario Rossi è giornalista professionista dal 2010."}},
      {"de", {"Über den Verfasser", "Max Mustermann ist freier Journalist in Köln."}},
  };
  for (const auto& [language, tail] : headed) {
    INFO("[" << language << "] " << tail[0]);
    CHECK(removed_at_end("bio", language, tail) == std::vector<bool>{true, true});
  }
}

TEST_CASE("bio keeps sentences about what befell a journalist", "[filter][bio][languages]") {
  const std::vector<std::pair<std::string, std::string>> news = {
      {"es", "Juan Pérez, periodista, fue detenido ayer en Caracas mientras cubría las protestas."},
      {"fr", "Jean Dupont, journaliste, a été libéré après trois mois de détention."},
      {"de", "Max Mustermann, Redakteur der Zeitung, wurde am Montag bei einer Demonstration verletzt."},
      {"it", "Mario Rossi, giornalista, è stato minacciato dopo l'inchiesta sugli appalti."},
      {"pt", "João Silva, jornalista, morreu no domingo aos 67 anos."},
      {"en", "Jane Roe, a reporter, covered the trial for the paper in 2019 and later won an award for it."},
  };
  for (const auto& [language, line] : news) {
    INFO("[" << language << "] " << line);
    CHECK(removed_at_end("bio", language, {line}) == std::vector<bool>{false});
  }
}

TEST_CASE("bio removes a press release's contact block in each language", "[filter][bio][languages]") {
  const std::vector<std::pair<std::string, std::vector<std::string>>> blocks = {
      {"en", {"Media inquiries:", "Jane Roe", "Phone: +1 555 010 0100", "press@example.com"}},
      {"de", {"Pressekontakt:", "Musterfirma GmbH", "Julia Beispiel", "Tel.: +49 221 123456",
              "E-Mail: presse@musterfirma.de"}},
      {"es", {"Contacto para medios:", "Lucía Gómez", "Tel.: +34 91 123 45 67", "prensa@empresa.es"}},
      {"fr", {"Contacts presse :", "Sophie Durand", "Tél. : 01 23 45 67 89", "sophie.durand@agence.fr"}},
      {"it", {"Contatti stampa:", "Ufficio Stampa Rossi", "Tel. 02 1234567", "ufficiostampa@rossi.it"}},
      {"it", {"Ufficio stampa", "Giulia Bianchi", "giulia.bianchi@azienda.it"}},
      {"pt", {"Contato para imprensa:", "Ana Costa", "Tel.: (11) 3456-7890", "imprensa@empresa.com.br"}},
      {"pt", {"Assessoria de imprensa:", "Ana Costa", "imprensa@empresa.pt"}},
  };
  for (const auto& [language, tail] : blocks) {
    INFO("[" << language << "] " << tail[0]);
    CHECK(removed_at_end("bio", language, tail) == std::vector<bool>(tail.size(), true));
  }
}

TEST_CASE("paywall removes subscriber-only notices and trial offers in each language", "[filter][paywall][languages]") {
  check_removed({
      {"paywall", "en", "This article is reserved for subscribers."},
      {"paywall", "en", "Get 6 months for $1"},
      {"paywall", "de", "Jetzt 4 Wochen für 0,99 € testen"},
      {"paywall", "de", "Lesen Sie den vollständigen Artikel mit F+"},
      {"paywall", "de", "1 Monat für 1 € lesen"},
      {"paywall", "es", "Este artículo es exclusivo para suscriptores."},
      {"paywall", "es", "Suscríbete 1 mes por 1 €"},
      {"paywall", "es", "Los primeros 6 meses por 1 €"},
      {"paywall", "fr", "1 € le premier mois"},
      {"paywall", "fr", "Offre découverte : 1 € pendant 3 mois"},
      {"paywall", "it", "Questo articolo è riservato agli abbonati."},
      {"paywall", "it", "3 mesi a 1 €"},
      {"paywall", "it", "Leggi l'articolo completo con Repubblica+"},
      {"paywall", "pt", "Este artigo é exclusivo para assinantes."},
      {"paywall", "pt", "Artigo exclusivo para assinantes"},
      {"paywall", "pt", "Assine por R$ 1,90 no primeiro mês"},
      {"paywall", "pt", "Para ler o artigo completo, assine o Público."},
      {"paywall", "fr", "Cet article vous est offert par la rédaction"},
      {"paywall", "de", "Um diesen Artikel zu lesen, benötigen Sie ein Abo."},
      {"paywall", "de", "Mit SZ Plus weiterlesen"},
      {"paywall", "es", "Hazte suscriptor para seguir leyendo"},
      {"paywall", "es", "Contenido para suscriptores"},
      {"paywall", "fr", "Abonnez-vous pour lire l'article"},
      {"paywall", "fr", "La suite de cet article est réservée aux abonnés."},
      {"paywall", "it", "Contenuto esclusivo per gli abbonati"},
      {"paywall", "pt", "Conteúdo restrito a assinantes"},
  });
}

TEST_CASE("paywall keeps reports on subscriptions and prices", "[filter][paywall][languages]") {
  check_kept({
      {"paywall", "de", "Die Bahn bietet Abonnenten ab Juni ein Monatsticket für 49 Euro an, teilte das Unternehmen mit."},
      {"paywall", "es", "La compañía ofrece los primeros 6 meses por 1 € a los nuevos clientes, según la CNMC."},
      {"paywall", "fr", "Le ticket coûte 1,50 € pendant 3 mois."},
      {"paywall", "it", "Il biglietto costerà 1,50 € per 3 mesi, poi salirà a 2 euro."},
      {"paywall", "pt", "O passe mensal custa 40 € por mês"},
      {"paywall", "en", "Ticket prices rose to $1.75 for 6 months"},
      {"paywall", "de", "Mit dem Rad zur Arbeit: Pendler wollen weiterlesen"},
      {"paywall", "de", "Mit großem Interesse haben die Abgeordneten den Bericht gelesen und wollen weiterlesen."},
  });
}

TEST_CASE("subscribe removes calls to join a messenger channel in each language", "[filter][subscribe][languages]") {
  check_removed({
      {"subscribe", "de", "Jetzt unserem Telegram-Kanal folgen"},
      {"subscribe", "de", "Folge unserem WhatsApp-Kanal"},
      {"subscribe", "es", "Sigue el canal de Telegram de El Diario"},
      {"subscribe", "es", "Sigue nuestro canal de WhatsApp"},
      {"subscribe", "fr", "Rejoignez la chaîne WhatsApp du Parisien"},
      {"subscribe", "it", "Unisciti al canale WhatsApp de La Stampa"},
      {"subscribe", "pt", "Adira ao nosso canal de Telegram"},
      {"subscribe", "pt", "Junte-se ao nosso canal no WhatsApp"},
  });
  check_kept({
      {"subscribe", "fr", "Le gouvernement a lancé une chaîne WhatsApp pour informer les citoyens, a annoncé le porte-parole."},
      {"subscribe", "es", "Sigue el canal de Isabel II cerrado al tráfico por las obras, según el ayuntamiento."},
  });
}

TEST_CASE("media-controls removes a player's clock, speed, buttons and video plugs", "[filter][media-controls][languages]") {
  check_removed({
      {"media-controls", "en", "0:00 / 1:47"},
      {"media-controls", "en", "\xE2\x96\xB6 00:00 / 42:17"},
      {"media-controls", "de", "0:00 / 1:02:13"},
      {"media-controls", "en", "1x"},
      {"media-controls", "fr", "x1"},
      {"media-controls", "it", "1,5x"},
      {"media-controls", "en", "Download"},
      {"media-controls", "en", "Subscribe to the podcast"},
      {"media-controls", "en", "Watch the video"},
      {"media-controls", "de", "Herunterladen"},
      {"media-controls", "de", "Podcast abonnieren"},
      {"media-controls", "de", "Video ansehen"},
      {"media-controls", "es", "Descargar"},
      {"media-controls", "es", "Mira el vídeo"},
      {"media-controls", "es", "Suscríbete al podcast"},
      {"media-controls", "fr", "Télécharger"},
      {"media-controls", "fr", "Regarder la vidéo"},
      {"media-controls", "fr", "Abonnez-vous au podcast"},
      {"media-controls", "it", "Scarica"},
      {"media-controls", "it", "Guarda il video"},
      {"media-controls", "it", "Iscriviti al podcast"},
      {"media-controls", "pt", "Baixar"},
      {"media-controls", "pt", "Assista ao vídeo"},
      {"media-controls", "pt", "Siga o podcast"},
      {"media-controls", "de", "Jetzt anhören"},
      {"media-controls", "es", "Escuchar"},
      {"media-controls", "fr", "Écouter"},
      {"media-controls", "it", "Ascolta"},
      {"media-controls", "pt", "Ouvir"},
  });
  check_kept({
      {"media-controls", "en", "14:03"},
      {"media-controls", "en", "12/03"},
      {"media-controls", "en", "3x3"},
      {"media-controls", "de", "Das Video zeigt, wie die Polizei den Mann festnimmt, berichtete der Sender."},
      {"media-controls", "it", "Guarda il video chi vuole capire cosa è successo quella notte, dicono gli investigatori."},
      {"media-controls", "en", "The score was 1:47 / 2:10 in the second half."},
      {"media-controls", "en", "Download speeds doubled last year, the regulator said."},
  });
}

TEST_CASE("related removes related-stories headers worded in each language", "[filter][related][languages]") {
  check_removed({
      {"related", "en", "Readers also read"},
      {"related", "en", "More on this topic"},
      {"related", "de", "Leser lesen auch"},
      {"related", "de", "Nicht verpassen"},
      {"related", "de", "Hören Sie auch"},
      {"related", "de", "Andere Leser interessierten sich auch für"},
      {"related", "de", "Empfehlungen für Sie"},
      {"related", "es", "Quizás te interese"},
      {"related", "fr", "Ces articles peuvent vous intéresser"},
      {"related", "fr", "Nos lecteurs ont aussi lu"},
      {"related", "pt", "Recomendados para você"},
      {"related", "es", "Los lectores también leyeron"},
      {"related", "es", "Más sobre este tema"},
      {"related", "es", "No te pierdas"},
      {"related", "es", "Escucha también"},
      {"related", "fr", "Les lecteurs ont aussi lu"},
      {"related", "fr", "À écouter aussi"},
      {"related", "it", "I lettori hanno letto anche"},
      {"related", "it", "Ascolta anche"},
      {"related", "it", "Altro su questo argomento"},
      {"related", "pt", "Os leitores também leram"},
      {"related", "pt", "Mais sobre este tema"},
      {"related", "pt", "Não perca"},
      {"related", "pt", "Ouça também"},
  });
  check_kept({
      {"related", "es", "No te pierdas en el centro: la ciudad instalará nuevos carteles este verano."},
      {"related", "pt", "Não perca a esperança, disse o ministro aos agricultores afetados pela seca."},
      {"related", "de", "Nicht verpassen wollten die Fans das letzte Spiel ihres Kapitäns im Stadion."},
  });
}

TEST_CASE("related removes the headlines under a native related header", "[filter][related][languages]") {
  const std::vector<std::pair<std::string, std::vector<std::string>>> lists = {
      {"de", {"Leser lesen auch", "Stadt plant neue Radwege entlang des Rheins", "Busfahrer streiken erneut am Montag"}},
      {"es", {"Los lectores también leyeron", "El Gobierno aprueba la ley de vivienda",
              "Huelga de autobuses el lunes en Madrid"}},
      {"it", {"I lettori hanno letto anche", "Sciopero dei treni venerdì in tutta Italia",
              "Milano, nuove piste ciclabili in centro"}},
      {"pt", {"Os leitores também leram", "Greve dos comboios marcada para sexta-feira",
              "Lisboa vai ter novas ciclovias no centro"}},
  };
  for (const auto& [language, lines] : lists) {
    INFO("[" << language << "] " << lines[0]);
    std::vector<std::string> doc = k_articles.at(language);
    doc.insert(doc.begin() + 2, lines.begin(), lines.end());
    std::vector<bool> removed = removed_by_filter("related", doc);
    for (std::size_t i = 0; i < lines.size(); ++i) CHECK(removed[2 + i]);
  }
}

TEST_CASE("timestamp removes update notes and dated update lines in each language", "[filter][timestamp][languages]") {
  check_removed({
      {"timestamp", "en", "This article was updated at 9.40"},
      {"timestamp", "en", "This story has been updated at 10:15 a.m."},
      {"timestamp", "de", "Dieser Artikel wurde um 9.40 Uhr aktualisiert."},
      {"timestamp", "de", "12.03.2024 14:03 Uhr · Aktualisiert 15:20 Uhr"},
      {"timestamp", "es", "Este artículo fue actualizado a las 9.40"},
      {"timestamp", "es", "12/03/2024 14:03 h · Actualizado 15:20"},
      {"timestamp", "fr", "Cet article a été mis à jour à 9h40."},
      {"timestamp", "fr", "12/03/2024 14h03 · Mis à jour 15h20"},
      {"timestamp", "it", "Questo articolo è stato aggiornato alle 9.40"},
      {"timestamp", "it", "12/03/2024 14:03 · Aggiornato 15:20"},
      {"timestamp", "pt", "Este artigo foi atualizado às 9h40."},
      {"timestamp", "pt", "12/03/2024 14h03 · Atualizado às 15h20"},
      {"timestamp", "de", "Vor 2 Stunden aktualisiert"},
      {"timestamp", "es", "Hace 3 horas actualizado"},
  });
  check_kept({
      {"timestamp", "fr", "Cet article a été mis à jour le 12 mars 2024 pour corriger le nom du maire."},
      {"timestamp", "es", "El censo fue actualizado hace 3 años y desde entonces la población ha crecido."},
      {"timestamp", "de", "Dieser Artikel wurde um 9.40 Uhr von der Polizei beanstandet."},
      {"timestamp", "it", "12 persone sono state aggiornate sulle misure alle 15:20."},
      {"timestamp", "pt", "12/03/2024 foi o dia em que a lei foi atualizada pelo parlamento."},
      {"timestamp", "en", "12 people were updated on the plan at 15:20, the council said."},
  });
}
