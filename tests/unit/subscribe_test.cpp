// subscribe: calls to subscribe to a site, channel or podcast go; prose about subscribers stays.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("subscribe removes calls to subscribe", "[filter][subscribe]") {
  for (const char* line : {
           "Subscribe to Lakeside Daily Herald for FREE",
           "Subscribe to The Valley Voice",
           "Subscribe to our YouTube channel.",
           "Please subscribe to the podcast on Apple Podcasts or Spotify",
           "Listen on Apple Podcasts",
           "Don't forget to like and subscribe and hit the bell!",
           "Download our free app for breaking news alerts",
           "Subscribe now",
           "Suscríbete a nuestro canal de YouTube",
           "Escucha nuestro pódcast en Spotify",
           "Abonnieren Sie unseren YouTube-Kanal",
           "Jetzt kostenlos abonnieren",
           "Abonnez-vous à notre chaîne YouTube",
           "Téléchargez l'application pour recevoir nos alertes",
           "Inscreva-se no nosso canal",
           "Ouça o podcast no Spotify",
           "Iscriviti al nostro canale Telegram",
           "Ascolta il podcast su Spotify",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe keeps prose about subscriptions", "[filter][subscribe]") {
  for (const char* line : {
           "Subscribe to the idea that markets are always efficient, and you will be disappointed.",
           "Subscribers to the channel grew by 20 percent last year, the company said.",
           "Subscribe to Netflix, Disney+ and Max together and the bill tops $50 a month, analysts noted.",
           "Download the report, which runs to 300 pages, from the ministry's website.",
           "Listen to the victims, the judge told the court.",
           "Los suscriptores del canal crecieron un 20 % el año pasado.",
           "Die Zahl der Abonnenten des Kanals stieg im vergangenen Jahr um 20 Prozent.",
           "Les abonnés de la chaîne ont augmenté de 20 % l'an dernier.",
           "Os assinantes do canal cresceram 20% no ano passado.",
           "Gli iscritti al canale sono cresciuti del 20% l'anno scorso.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe removes calls to join a messaging channel, get the app or alerts", "[filter][subscribe]") {
  for (const char* line : {
           "Join our Telegram channel for breaking news",
           "Treten Sie unserem WhatsApp-Kanal bei",
           "Únete a nuestro canal de WhatsApp",
           "Rejoignez notre chaîne Telegram",
           "Unisciti al nostro canale Telegram",
           "Entre no nosso canal do Telegram",
           "Get breaking news alerts on your phone",
           "Descárgate nuestra app gratuita",
           "Hol dir die App und lies unterwegs",
           "Receba alertas de notícias no seu celular",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe keeps sentences that open like such calls", "[filter][subscribe]") {
  for (const char* line : {
           "Join our reporters as they travel through the Alps in a three-part series.",
           "Never miss a chance to see the northern lights, astronomers say.",
           "Get the latest figures from the census office, which publishes them monthly.",
           "Los sindicatos convocaron la huelga a través de un canal de Telegram.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe removes notification, app and podcast calls, also after a lead-in", "[filter][subscribe]") {
  for (const char* line : {
           "Turn on notifications to get breaking news.",
           "Want the news as it happens? Turn on notifications.",
           "Listen on Spotify or wherever you get your podcasts.",
           "On this week's show: is the smartwatch dead? Listen on Apple Podcasts.",
           "Benachrichtigungen aktivieren",
           "Nichts mehr verpassen? Aktivieren Sie die Benachrichtigungen.",
           "Hören Sie unseren Podcast „Morgenlage“ auf Spotify.",
           "Descarga nuestra app",
           "Escucha nuestro pódcast en Spotify",
           "Recevez nos alertes : activez les notifications",
           "Activer les notifications",
           "Vous souhaitez lire la suite ? Abonnez-vous sans engagement.",
           "Quer receber as principais notícias do dia? Ative as notificações.",
           "Oiça o podcast \"Norte em Dia\" no Spotify e na Apple Podcasts",
           "Assine por R$ 1,90 no primeiro mês e tenha acesso ilimitado.",
           "Attiva le notifiche per non perdere le ultime notizie",
           "Abbonati: il primo mese è gratis, poi accesso illimitato.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe keeps prose about apps, notifications and podcasts", "[filter][subscribe]") {
  for (const char* line : {
           "Officials urged residents: download the app and enable alerts before the storm.",
           "The app, available on iOS and Android, has two million users, the company said.",
           "The host said she listens to podcasts on her commute.",
           "Die Stadt will ihre Benachrichtigungen über Unwetter künftig per App verschicken.",
           "La empresa lanzó una nueva aplicación de notificaciones para bancos.",
           "Le gouvernement a lancé une application de notifications pour les alertes météo.",
           "O aplicativo do banco ficou fora do ar por três horas na segunda-feira.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe removes app installs in Portuguese and a podcast's listen plug", "[filter][subscribe]") {
  for (const char* line : {
           "Instale a nossa app e ative os alertas para receber as notícias de última hora.",
           "Descarregue a app do jornal e receba as notícias no telemóvel.",
           "Baixe a nossa app e receba notificações das principais notícias.",
           "Install our app for breaking news alerts on your phone.",
           "Listen: The Back Four podcast, available on Apple Podcasts and Spotify.",
       }) {
    INFO(line);
    CHECK(pith::test::filter_removes_in_context("subscribe", line));
  }
  for (const char* line : {
           "Instale a nova versão do sistema, recomendou a empresa aos clientes.",
           "Listen: the silence in the stadium said everything about the defeat.",
       }) {
    INFO(line);
    CHECK_FALSE(pith::test::filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe removes offers that state a price per period, also after a lead-in question", "[filter][subscribe]") {
  for (const char* line : {
           "Subscribe to the Daily Herald for just $3 a month and support local journalism.",
           "Enjoyed this story? Subscribe to the Valley Courier from only $1.99 per week.",
           "¿Te ha gustado esta noticia? Suscríbete a Campo Vivo por solo 3 euros al mes y apoya el periodismo rural independiente.",
           "Suscríbete a El Diario del Sur desde 2 euros al mes.",
           "Abonnieren Sie den Kurier für nur 2,99 € im Monat.",
           "Sie wollen keine Nachrichten aus Ihrer Region verpassen? Dann abonnieren Sie jetzt unseren WhatsApp-Kanal.",
           "Abonnez-vous à La Dépêche du Val pour 1 euro par mois.",
           "Assine o Jornal do Vale por apenas R$ 9,90 por mês.",
           "Abbonati a Valdarno Notizie da 4,99 euro al mese.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("subscribe", line));
  }
  // Near-misses: a price in prose, without an offer word before it or without a call opening.
  for (const char* line : {
           "Subscribe to Netflix, Disney+ and Max together and the bill tops $50 a month, analysts noted.",
           "Subscribers pay $3 a month for the service, the company said.",
           "Los usuarios pagan 3 euros al mes por el servicio, según la empresa.",
           "Abonnez-vous à cette idée et vous paierez 10 euros par mois de plus, selon l'étude.",
           "Die Abonnenten zahlen künftig 2,99 Euro im Monat, teilte der Verlag mit.",
           "Gli abbonati pagano 4,99 euro al mese, ha detto l'azienda.",
           "Os assinantes pagam R$ 9,90 por mês pelo serviço.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe removes a bare call to subscribe or get the app, role for role in six languages", "[filter][subscribe]") {
  for (const char* line : {
           "Download the app", "App herunterladen", "Jetzt App herunterladen", "Télécharger l'application",
           "Descargar la app", "Baixar o aplicativo", "Scaricare l'app", "Abonnez-vous maintenant",
           "Suscríbete hoy", "Assine hoje", "Abbonati oggi", "Abonnieren",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe keeps sentences that speak of downloading and subscribing", "[filter][subscribe]") {
  for (const char* line : {
           "Die App herunterladen konnten bis Montag nur 2.000 Nutzer, sagte der Minister.",
           "Télécharger l'application reste gratuit, selon l'éditeur.",
           "Abonnieren lohnt sich für Pendler kaum noch, rechnet der Verband vor.",
           "Descargar la app fue obligatorio para entrar al estadio.",
           "Subscribers who download the app before May get a month free, the company said.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe removes a call to get the app after a lead-in that says what it brings", "[filter][subscribe]") {
  for (const char* line : {
           "For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.",
           "For breaking news, download our free app.",
           "To stay up to date, install our app on your phone.",
           "Für aktuelle Nachrichten laden Sie unsere App herunter.",
           "Um nichts zu verpassen, abonnieren Sie unseren WhatsApp-Kanal.",
           "Pour ne rien manquer, téléchargez l'application.",
           "Para no perderte nada, descarga nuestra app.",
           "Per restare aggiornato scarica l'app.",
           "Para receber as últimas notícias, baixe o aplicativo.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe keeps sentences about downloading an app that call the reader to nothing", "[filter][subscribe]") {
  for (const char* line : {
           "The app, which users can download for iOS and Android, tracks air quality.",
           "Les utilisateurs peuvent télécharger l'application depuis mardi, a annoncé la ministre.",
           "For years, residents were told to download the app for iOS and Android before storms.",
           "For the latest figures, download the report from the ministry's website.",
           "Para recibir la ayuda, los solicitantes deben descargar la aplicación del ministerio.",
           "Per ricevere il bonus, i cittadini scaricano l'app del ministero.",
           "Para receber o benefício, o cidadão baixa o aplicativo do governo.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe removes a call to get the site's app by its name, in six languages", "[filter][subscribe]") {
  for (const char* line : {
           "Get the Nationnews app for iPhone and Android.",
           "Get our free Daily Courier app on the App Store.",
           "Holen Sie sich die Tagesschau-App für iPhone und Android.",
           "Hol dir die neue Kurier-App aufs Handy!",
           "Obtenez l'application Ouest Matin sur iOS et Android.",
           "Obtén la app de El Diario del Sur en tu móvil.",
           "Ottieni l'app del Corriere Valdarno per iPhone e Android.",
           "Obtenha o app do Jornal do Vale no seu celular.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("subscribe", line));
  }
  for (const char* line : {
           "Get the approval of the council first, the mayor told developers.",
           "Get the kids to school on time and the rest of the day follows, she writes.",
           "Holen Sie sich die Unterlagen im Rathaus ab, riet die Behörde.",
           "Obtenha o documento no posto de atendimento mais próximo.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe removes a call to get the app in the clause after a lead-in's colon", "[filter][subscribe]") {
  for (const char* line : {
           "Eilmeldungen direkt aufs Handy: Laden Sie sich jetzt die App des Kuriers.",
           "Alle Staumeldungen als Push-Nachricht: Hol dir jetzt die Verkehrs-App.",
           "Breaking news on your phone: get the Valley Post app.",
           "Tutte le notizie della tua città: scarica ora l'app del Giornale.",
           "Toda la actualidad de tu ciudad: descarga ya la app de La Voz del Valle.",
           "Notícias da sua cidade no celular: baixe já o aplicativo do Jornal.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe removes an offer of the site's own or official app", "[filter][subscribe]") {
  for (const char* line : {
           "Follow every game live on the official Harbour Sport app \xE2\x80\x93 free for iPhone and Android.",
           "Our app is free: breaking news, live scores and alerts. Available on iOS and Android.",
           "Unsere App ist kostenlos \xE2\x80\x93 für iPhone und Android.",
           "Notre application est gratuite : toute l'actualité de votre ville. Disponible sur iOS et Android.",
           "Nuestra app es gratuita: noticias, directos y alertas. Disponible en iOS y Android.",
           "Sigue todos los partidos en directo en la app oficial del club, gratis para iPhone y Android.",
           "La nostra app è gratuita: notizie e allerte della tua zona, per iPhone e Android.",
           "Nosso aplicativo é gratuito: notícias e alertas da sua cidade. Disponível para iOS e Android.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe keeps news about apps, official apps and the site's own app", "[filter][subscribe]") {
  for (const char* line : {
           "The app, available on iOS and Android, has been downloaded 2 million times, the company said.",
           "Die HVB verweist auf ihre App \xE2\x80\x9EHellweg mobil\xE2\x80\x9C, die seit dem Start 38.000 Mal "
           "heruntergeladen wurde.",
           "The city's official app, available for iPhone and Android, lets residents report potholes.",
           "Leur application, disponible sur iOS et Android, a été téléchargée 2 millions de fois.",
           "La aplicación oficial del Gobierno, disponible en Android, recibió críticas por su diseño.",
           "Il Comune ha lanciato la sua app, gratuita per iPhone e Android, per segnalare i guasti.",
           "Nosso app travou na terça-feira, e pedimos desculpas aos leitores.",
           "Unsere App hatte am Dienstag eine Störung, wir bitten um Entschuldigung.",
           "Our app for iPhone and Android will be rebuilt from scratch, the founder said.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe removes an app said to be available after a mark, a call that ends the line, the phone's emoji "
          "and the e-edition",
          "[filter][subscribe]") {
  for (const char* line : {
           // The availability clause after a colon or a dash, the platforms ending the line.
           "Track Orla live on the StormWatch app: available on the App Store and Google Play",
           "Follow every match on the Harbour Sport app \xE2\x80\x93 available on iOS and Android",
           "Suivez le Tour en direct sur l'appli Peloton : disponible sur iOS et Android",
           // A call to get it closing the line after a dash or a colon.
           "Alle Artikel auch in unserer Kulturbote-App \xE2\x80\x93 jetzt gratis herunterladen",
           "Das Wetter f\xC3\xBCr unterwegs in der Wetterdienst-App: jetzt kostenlos herunterladen",
           "The whole archive in the Courier app \xE2\x80\x93 download it free",
           "Toute l'actualit\xC3\xA9 du club dans notre appli \xE2\x80\x93 t\xC3\xA9l\xC3\xA9" "chargez-la gratuitement",
           "Todas las catas en la app de Copa y Cepa \xE2\x80\x93 desc\xC3\xA1rgala gratis",
           "Tutte le partite in diretta sull'app Scacco \xE2\x80\x93 scaricala gratis",
           "As mar\xC3\xA9s da semana na app Mar\xC3\xA9 Viva \xE2\x80\x93 baixe gr\xC3\xA1tis",
           // The phone's emoji after a line naming the app.
           "Toutes nos recettes hors connexion avec l'appli Marmite & Cie \xF0\x9F\x93\xB2",
           "All our recipes offline in the Pantry app \xF0\x9F\x93\xB2",
           "Nuestras recetas en tu m\xC3\xB3vil con la app Sabores \xF0\x9F\x93\xB1",
           // The paper's e-edition offered as its app is.
           "Get the Millbrook Gazette e-edition on your tablet every Thursday",
           "Get the Daily Courier e-paper before breakfast", "Holen Sie sich das E-Paper schon am Vorabend",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("subscribe", line));
  }
  for (const char* line : {
           "The StormWatch app crashed on Tuesday as downloads surged on the App Store and Google Play.",
           "The app is available on the App Store and Google Play.",
           "Residents downloaded the council's bin app 20,000 times in a week \xE2\x80\x93 a record, officials said.",
           "The paper's e-edition was delayed on Thursday by a server fault.",
           "Die neue Museums-App wurde seit Mai 40.000 Mal heruntergeladen.",
           "L'appli a \xC3\xA9t\xC3\xA9 t\xC3\xA9l\xC3\xA9" "charg\xC3\xA9" "e 10 000 fois \xE2\x80\x93 un record pour la ville.",
           "Download it free \xE2\x80\x93 the mayor said of the new parking map, which is not an app.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe removes an app prompt that opens on the phone's emoji or ends on 'tap to install'", "[filter][subscribe]") {
  for (const char* line : {
           "\xF0\x9F\x93\xB2 Read the Deccan Ledger e-paper on our app \xE2\x80\x94 tap to install",
           "\xF0\x9F\x93\xB1 Alle Artikel in unserer App",
           "The Trailhead app has offline maps for every walk \xE2\x80\x93 install free",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("subscribe", line));
  }
  for (const char* line : {
           "\xF0\x9F\x93\xB2 The council's new parking app crashed on its first day, drivers said.",
           "Users were told to tap to install the update, but the app kept crashing.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe takes a call to follow on the site's app with its availability after a comma",
          "[filter][subscribe]") {
  for (const char* line : {
           "Follow the race live on the Cap Large app, available on the App Store and Google Play.",
           "Track every flight with the Runway app, available for iOS and Android.",
           "Download the Herald app, available on iOS and Android.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("subscribe", line));
  }
  for (const char* line : {
           "Residents can report potholes through the council's new app, available on the App Store and Google Play.",
           "The app, available on the App Store and Google Play, has been downloaded two million times.",
           "Following the launch, the app is available on iOS and Android.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe takes a call to send a keyword to the site's number on a messaging service",
          "[filter][subscribe]") {
  for (const char* line : {
           "Stay in the know: get the day's top headlines on WhatsApp. Send the word NEWS to 071 555 0193 \xE2\x9E\x9C",
           "Get our top stories on WhatsApp \xE2\x80\x93 send JOIN to 082 123 4567",
           "Recibe las noticias en tu WhatsApp: env\xC3\xAD" "a ALTA al 600 000 000",
           "Breaking news on Telegram? Message START to +44 7700 900123",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("subscribe", line));
  }
  for (const char* line : {
           "Police asked witnesses to send videos to 071 555 0193 on WhatsApp.",
           "The campaign asked supporters to send the word YES to 0800 123 456 by WhatsApp before the vote, "
           "organisers said.",
           "Send NEWS tips to our WhatsApp team.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe takes a call to download the site's app after a lead-in, and an app offered to the reader with "
          "its availability after a comma", "[filter][subscribe]") {
  for (const char* line : {
           "Get evacuation alerts the second we publish them: download the Foothill Courier app for iPhone and "
           "Android.",
           "Toute l'actualit\xC3\xA9 de votre commune sur l'application \xC3\x89" "cho de la Vall\xC3\xA9" "e, "
           "disponible sur l'App Store et Google Play.",
           "All your local news in the Courier app, available on iOS and Android.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("subscribe", line));
  }
  for (const char* line : {
           "Les habitants peuvent signaler les nids-de-poule sur la nouvelle application de la ville, disponible sur "
           "l'App Store et Google Play.",
           "Residents can download the app for iPhone and Android, the council said.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe takes a link that joins the site's messaging channel, and a call to get the news on the phone",
          "[filter][subscribe]") {
  for (const char* line : {
           "\xF0\x9F\x93\xB2 Get the day's top stories on Telegram: join t.me/kopipost_sg",
           "Our WhatsApp channel: chat.whatsapp.com/AbC123",
           "\xF0\x9F\x93\xB2 Recibe gratis las noticias de Diario de la Loma en tu m\xC3\xB3vil: guarda nuestro "
           "n\xC3\xBAmero en tus contactos y env\xC3\xAD" "anos la palabra ALTA por WhatsApp.",
           "\xF0\x9F\x93\xB2 Receba as not\xC3\xAD" "cias do Correio Litor\xC3\xA2neo no seu WhatsApp. Clique aqui e entre "
           "no nosso grupo.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("subscribe", line));
  }
  for (const char* line : {
           "The minister posted the leaked memo on his channel t.me/ministerx, the paper said.",
           "Send NEWS tips to our WhatsApp team.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe takes a call to listen to the site's podcast that ends on the podcast apps",
          "[filter][subscribe]") {
  for (const char* line : {
           "\xF0\x9F\x8E\xA7 Ogni venerd\xC3\xAC \xC2\xABSotto l'ombrellone\xC2\xBB, il podcast della redazione: "
           "ascoltalo su Spotify, Apple Podcasts e Google Podcasts",
           "\xF0\x9F\x8E\xA7 Every Friday, The Turf Road, our podcast: listen on Spotify, Apple Podcasts or Google Podcasts",
           "\xC3\x89" "coutez notre podcast \xC2\xAB La Br\xC3\xA8ve \xC2\xBB sur Deezer, Spotify ou Apple Podcasts.",
           "Jeden Montag neu: unser Podcast \xE2\x80\x9E" "Am Deich\xE2\x80\x9C \xE2\x80\x93 jetzt h\xC3\xB6ren auf Spotify und "
           "Apple Podcasts",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("subscribe", line));
  }
  // A report of where a show is, with no call to listen, or saying who said so; one app.
  for (const char* line : {
           "The BBC's new podcast, launched on Monday, can be heard on Spotify, Apple Podcasts and Google Podcasts.",
           "Listeners can find the podcast on Spotify and Apple Podcasts, the producer said",
           "The band's podcast, which fans listen to every week, moved to Spotify",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe takes the River Plate's voseo calls to get the news by messenger", "[filter][subscribe]") {
  CHECK(filter_removes_in_context("subscribe", "\xF0\x9F\x93\xB2 Recib\xC3\xAD las noticias de El Ribere\xC3\xB1o en tu WhatsApp: "
                                               "hac\xC3\xA9 clic ac\xC3\xA1"));
  CHECK_FALSE(filter_removes_in_context("subscribe", "Recibí las noticias por la radio, contó el vecino, y salí corriendo."));
}

TEST_CASE("subscribe takes a call to listen whose apps close on 'wherever you get your podcasts'",
          "[filter][subscribe]") {
  for (const char* line : {
           "H\xC3\xB6ren Sie dazu auch unseren Podcast \xC2\xABStadtgefl\xC3\xBCster\xC2\xBB \xE2\x80\x93 auf Spotify, "
           "Apple Podcasts und \xC3\xBC" "berall, wo es Podcasts gibt.",
           "Listen to our daily podcast The Briefing on Spotify, Apple Podcasts or wherever you get your podcasts.",
           "\xC3\x89" "coutez notre podcast \xC2\xAB Le Fil \xC2\xBB sur Spotify, Deezer et sur toutes les plateformes.",
           "Escucha nuestro podcast semanal en Spotify, iVoox y en todas las plataformas.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("subscribe", line));
  }
  // A report that a show is on the apps tells no one to listen.
  CHECK_FALSE(filter_removes_in_context("subscribe",
                                        "The show, now on Spotify and Apple Podcasts and wherever you get your "
                                        "podcasts, has two million listeners, the company said."));
  CHECK_FALSE(filter_removes_in_context("subscribe", "Der Podcast ist auf Spotify und Apple Podcasts zu h\xC3\xB6ren "
                                                     "und auf allen g\xC3\xA4ngigen Plattformen, sagte der Sender."));
}

TEST_CASE("subscribe takes a call to join or follow the site's messaging channel, named soon after its verb",
          "[filter][subscribe]") {
  for (const char* line : {
           "\xF0\x9F\x93\xB2 Rejoignez le canal Telegram de Kazinfo pour recevoir nos alertes en direct",
           "Join the Daily Planet's Telegram channel to get our alerts first",
           "Join thousands of readers on our WhatsApp channel",
           "Folgen Sie dem WhatsApp-Kanal des Elbboten",
           "Treten Sie unserem Telegram-Kanal bei",
           "Entra nella community WhatsApp di Bari Sera",
           "\xC3\x9anete a la comunidad de WhatsApp de Diario del Sur",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("subscribe", line));
  }
  for (const char* line : {
           "Join the protest on Saturday, organisers wrote on their Telegram channel.",
           "Join the club: why thousands now read the news on Telegram",
           "Folgen Sie dem Geld: Wie Telegram-Kan\xC3\xA4le Spenden sammeln",
           "Participe do grupo de WhatsApp dos moradores, disse a prefeitura.",
           "Follow WhatsApp's advice and update the app now, the police said.",
           "Entre os grupos de WhatsApp mais ativos est\xC3\xA1 o dos feirantes do bairro.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe takes a podcast call whose list of apps closes on the site's own player", "[filter][subscribe]") {
  for (const char* line : {
           "\xF0\x9F\x8E\xA7 \xC3\x89" "coutez \xC2\xAB Au bout du Rh\xC3\xB4ne \xC2\xBB, notre podcast "
           "hebdomadaire, sur Spotify, Apple Podcasts et notre site.",
           "Ascolta \xC2\xAB" "Voci dal porto\xC2\xBB, il podcast della redazione, su Spotify, Apple Podcasts e sul "
           "nostro sito",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("subscribe", line));
  }
  for (const char* line : {
           "Le podcast \xC2\xAB Au bout du Rh\xC3\xB4ne \xC2\xBB est disponible sur Spotify, Apple Podcasts et notre "
           "site, a pr\xC3\xA9" "cis\xC3\xA9 la r\xC3\xA9" "daction.",
           "Der Podcast der Gemeinde l\xC3\xA4uft auf Spotify, Apple Podcasts und auf unserer Website",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe takes a line naming the site's own podcast on the apps that close it", "[filter][subscribe]") {
  CHECK(filter_removes_in_context(
      "subscribe", "\xF0\x9F\x8E\xA7 Notre podcast \xC2\xAB Midi pile \xC2\xBB, chaque vendredi sur Spotify, Apple "
                   "Podcasts et Deezer"));
  CHECK_FALSE(filter_removes_in_context(
      "subscribe", "Le podcast \xC2\xAB Midi pile \xC2\xBB de la radio est disponible sur Spotify, Apple Podcasts et "
                   "Deezer"));
}

TEST_CASE("subscribe takes a call after a lead-in's dash or colon, set apart by its capital", "[filter][subscribe]") {
  for (const char* line : {
           "Lawinenbulletin, Ticker und E-Paper immer dabei \xE2\x80\x93 holen Sie sich die Surselva-Aktuell-App.",
           "Ll\xC3\xA9vate El Nal\xC3\xB3n en el m\xC3\xB3vil: alertas, el tiempo y los resultados de tu equipo en "
           "nuestra aplicaci\xC3\xB3n.",
           "Keine Meldung aus dem L\xC3\xA4ndle mehr verpassen: Aktivieren Sie unsere Push-Benachrichtigungen.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("subscribe", line));
  }
  for (const char* line : {
           "Die Lawinengefahr bleibt hoch \xE2\x80\x93 holen Sie sich vor der Tour den Lagebericht beim "
           "Bergf\xC3\xBChrer.",
           "Ll\xC3\xA9vate un paraguas: el tiempo cambiar\xC3\xA1 por la tarde, avisa la Aemet.",
           "Officials urged residents: download the app and enable alerts before the storm.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe takes the site's app named after a lead-in, closed by its platforms", "[filter][subscribe]") {
  CHECK(filter_removes_in_context(
      "subscribe", "L'actu genevoise en temps r\xC3\xA9" "el : l'application Gen\xC3\xA8ve D\xC3\xA9p\xC3\xAA" "che pour "
                   "iPhone et Android"));
  CHECK_FALSE(filter_removes_in_context(
      "subscribe", "Le probl\xC3\xA8me, selon la police : l'application des taxis plante sur iPhone et Android."));
}

TEST_CASE("subscribe takes a new episode's promo closed by one app, the site's player or 'wherever'",
          "[filter][subscribe]") {
  CHECK(filter_removes_in_context(
      "subscribe", "\xF0\x9F\x8E\xA7 Neue Folge im \xE2\x80\x9EMurtal-Funk\xE2\x80\x9C-Podcast: Was wird aus dem "
                   "Stahlwerk? \xC3\x9C" "berall, wo es Podcasts gibt."));
  CHECK(filter_removes_in_context(
      "subscribe", "\xF0\x9F\x8E\x99\xEF\xB8\x8F Novo epis\xC3\xB3" "dio de \xC2\xAB" "Conversas \xC3\xA0 Soalheira"
                   "\xC2\xBB: ou\xC3\xA7" "a j\xC3\xA1 no Spotify ou no nosso site."));
  CHECK_FALSE(filter_removes_in_context(
      "subscribe", "O novo epis\xC3\xB3" "dio da novela foi visto por milh\xC3\xB5" "es no Spotify, segundo a "
                   "emissora."));
}

TEST_CASE("subscribe takes a join call after a lead-in, a podcast closed by 'on every platform', and the "
          "headphones' promo", "[filter][subscribe]") {
  for (const char* line : {
           "Receba as principais not\xC3\xAD" "cias no seu telem\xC3\xB3vel: adira ao nosso canal no WhatsApp",
           "Never miss a story: join our WhatsApp channel",
           "\xF0\x9F\x8E\xA7 \xC3\x89" "COUTEZ notre balado \xC2\xAB Au bout du rang \xC2\xBB : chaque jeudi, une histoire "
           "de chez nous. Sur toutes les plateformes",
           "\xF0\x9F\x8E\xA7 \xC2\xABHofgefl\xC3\xBCster\xC2\xBB \xE2\x80\x93 der Landwirtschafts-Podcast von RZI, "
           "jeden Freitag neu",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("subscribe", line));
  }
  for (const char* line : {
           "O ministro disse aos jornalistas: adira ao nosso canal no WhatsApp, \xC3\xA9 a \xC3\xBAnica forma.",
           "Police said: join the Telegram channel of the missing boy's family to help",
           "Le balado a \xC3\xA9t\xC3\xA9 lanc\xC3\xA9 en 2019 et il est disponible sur toutes les plateformes",
           "Der Podcast, sagte der Sprecher, ist auf allen g\xC3\xA4ngigen Plattformen",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("subscribe", line));
  }
}

TEST_CASE("subscribe takes the plural 'folgt' and a longer lead-in before a channel's join call", "[filter][subscribe]") {
  CHECK(filter_removes_in_context(
      "subscribe", "\xF0\x9F\x93\xB2 Die wichtigsten Nachrichten aus S\xC3\xBC" "dtirol direkt aufs Handy \xE2\x80\x93 folgt "
                   "dem Radio-Sonnenberg-Kanal auf WhatsApp!"));
  CHECK_FALSE(filter_removes_in_context("subscribe", "Die Polizei folgt dem Kanal auf WhatsApp, sagte ein Sprecher."));
}

TEST_CASE("subscribe takes Portugal's 'descarregue a aplicação' and a call to get the app after a pointer, "
          "and leaves a call someone made in a report", "[filter][subscribe]") {
  CHECK(filter_removes_in_context("subscribe", "Descarregue a aplica\xC3\xA7\xC3\xA3o Mulemba Airlines e fa\xC3\xA7" "a o "
                                               "check-in no telem\xC3\xB3vel."));
  CHECK(filter_removes_in_context("subscribe", "Neu: LRS-Text als App f\xC3\xBCr iPhone und Android \xE2\x96\xB8 jetzt laden"));
  CHECK_FALSE(filter_removes_in_context("subscribe", "Descarregue a aplica\xC3\xA7\xC3\xA3o do banco, disse o gerente aos "
                                                     "clientes que esperavam."));
  CHECK_FALSE(filter_removes_in_context("subscribe", "Suscr\xC3\xAD" "bete al canal, dijo el alcalde a los vecinos que "
                                                     "esperaban."));
  CHECK_FALSE(filter_removes_in_context("subscribe", "Die neue App der Stadtwerke zeigt freie Parkpl\xC3\xA4tze \xE2\x96\xB8 "
                                                     "Stadt"));
}

TEST_CASE("subscribe takes a site's tagline sending the reader to all its news", "[filter][subscribe]") {
  CHECK(filter_removes_in_context("subscribe", "Catch all the Business News, Market News and Latest Updates on Bharat "
                                               "Commerce Daily."));
  CHECK(filter_removes_in_context("subscribe", "Catch all the Business News, Market News, Breaking News Events and "
                                               "Latest News Updates on The Economic Times."));
  CHECK_FALSE(filter_removes_in_context("subscribe", "Catch all the fish you can, the skipper told the crew."));
  CHECK_FALSE(filter_removes_in_context("subscribe", "Stay up to date with your vaccinations, the health board said."));
}
