// disclaimer: views, advice and affiliate disclaimers and syndication notices go; reporting about them stays.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("disclaimer removes views disclaimers", "[filter][disclaimer]") {
  for (const char* line : {
           "\" Valley Courier does not always share or support the views and opinions expressed here; they are "
           "just those of the writer.\"",
           "The views expressed in this article are those of the author and do not necessarily reflect the "
           "official policy of the publication.",
           "Opinions expressed by contributors are their own.",
           "Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor y no reflejan "
           "necesariamente la línea editorial.",
           "Der Beitrag gibt die Meinung des Verfassers wieder, nicht unbedingt die der Redaktion.",
           "Les opinions exprimées dans cette tribune n'engagent que leur auteur.",
           "As opiniões expressas neste artigo não refletem necessariamente a posição do jornal e são de "
           "responsabilidade do autor.",
           "Le opinioni espresse dall'autore non riflettono necessariamente quelle della redazione.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer removes a site's refusal to answer for its contributors' opinions", "[filter][disclaimer]") {
  for (const char* line : {
           "Harbour Weekly is not responsible for the opinions, statements or media presented by contributors.",
           "The Riverside Post is not responsible for opinions expressed by its columnists.",
           "Voices Online accepts no responsibility for the opinions of guest authors.",
           "Diario del Valle no se hace responsable de las opiniones de sus colaboradores.",
           "Die Redaktion ist nicht verantwortlich für die Meinungen der Gastautoren.",
           "Le Courrier du Lac n'est pas responsable des opinions exprimées par ses contributeurs.",
           "A Gazeta do Litoral não se responsabiliza pelas opiniões dos seus colunistas.",
           "Il Giornale della Valle non è responsabile delle opinioni espresse dai collaboratori.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer keeps reports that someone is not responsible for others' opinions", "[filter][disclaimer]") {
  for (const char* line : {
           // Reported: a verb or a "that" clause before the refusal, or a clause set off by a comma.
           "The platform said it is not responsible for the opinions its contributors post.",
           "A court found that the site is not responsible for the opinions of its contributors.",
           "Under the new law, a newspaper is not responsible for the opinions of its columnists.",
           "El tribunal dijo que el diario no es responsable de las opiniones de sus colaboradores.",
           "O tribunal disse que o jornal não é responsável pelas opiniões dos seus colaboradores.",
           "Der Verlag erklärte, er sei nicht verantwortlich für die Meinungen seiner Gastautoren.",
           // No contributors, or no opinions.
           "The hospital is not responsible for the opinions of its doctors, the director told reporters.",
           "The agency is not responsible for delays caused by its contributors during the audit.",
           // "autori" is not "autorità".
           "La Regione non è responsabile delle opinioni delle autorità locali.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer removes syndication notices", "[filter][disclaimer]") {
  for (const char* line : {
           "This story was originally published by the Prairie Ledger. Republished with permission.",
           "This article first appeared on Coastal Wire and is republished here under a Creative Commons license.",
           "Republished with permission from Mountain Times.",
           "Este artículo fue publicado originalmente en El Diario del Norte.",
           "Dieser Artikel erschien zuerst bei der Nordsee-Zeitung.",
           "Cet article a été initialement publié sur le site de La Voix du Sud.",
           "Este artigo foi publicado originalmente no Jornal do Vale.",
           "Questo articolo è stato pubblicato originariamente su Il Corriere Alpino.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer keeps reporting about views and publishing", "[filter][disclaimer]") {
  for (const char* line : {
           "The company said the views expressed by the executive do not necessarily reflect the board's position.",
           "Originally published in 1851, the novel sold poorly during its author's lifetime.",
           "The network said it does not endorse the remarks, which were made during a live broadcast.",
           "El ministro dijo que las opiniones del informe no reflejan necesariamente la postura del gobierno.",
           "The newspaper republished the letter on Sunday with permission from the family.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer removes feed footers and contribution notices", "[filter][disclaimer]") {
  for (const char* line : {
           "The post Fire guts riverside warehouse appeared first on Lakeside Herald.",
           "This post New trail opens on the north ridge appeared first on Hillside Outdoors .",
           "Phone safety for protesters is a post from Civic Watch – Rights for Everyone",
           "This article has been contributed by Prepper Daily. Visit www.example.com for more news and commentary.",
           "Contributed by The Morning Ledger of www.example.com.",
           "La entrada El Gobierno aprueba la reforma se publicó primero en Diario del Sur.",
           "Der Beitrag Bahnstreik legt Fernverkehr lahm erschien zuerst auf Tagesblick.",
           "L’article Les prix de l’énergie repartent à la hausse est apparu en premier sur Le Quotidien.",
           "O post Chuvas deixam 20 cidades em alerta apareceu primeiro em Jornal da Serra.",
           "L'articolo Allerta rossa in Liguria proviene da Cronache Liguri.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer keeps sentences about posts appearing and contributions", "[filter][disclaimer]") {
  for (const char* line : {
           "The post appeared first on a fringe forum before spreading to larger sites, researchers found.",
           "This is a post from the front line, she wrote, describing the shelling.",
           "Contributed by readers, the photos show flooding across the valley.",
           "Der Beitrag erschien zuerst in einer Fachzeitschrift und wurde dann breit diskutiert.",
           "L'article est apparu en premier dans la presse régionale, selon le ministère.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer removes affiliate disclosures and feed attributions", "[filter][disclaimer]") {
  for (const char* line : {
           "I receive a small commission when you purchase an item through my links at no additional cost to you.",
           "This post may contain affiliate links, which means we earn a commission if you buy through them.",
           "As an Amazon Associate we earn from qualifying purchases.",
           "Delivered by The Morning Ledger",
           "Powered by Example Press",
           "Este artículo contiene enlaces de afiliado: si compras a través de ellos recibimos una comisión.",
           "Dieser Artikel enthält Affiliate-Links. Wir erhalten eine Provision, wenn Sie darüber kaufen.",
           "Cet article contient des liens affiliés : nous touchons une commission sur vos achats.",
           "Este artigo contém links de afiliados e nós recebemos uma comissão pelas compras.",
           "Questo articolo contiene link di affiliazione: riceviamo una commissione sugli acquisti.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
  for (const char* line : {
           "The regulator said the retailer had failed to disclose the commission it earned on affiliate links.",
           "Delivered by drone, the parcels reached the island within an hour.",
           "Powered by batteries, the ferry will cross the fjord without emissions.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer removes notes that AI translated or wrote the piece", "[filter][disclaimer]") {
  for (const char* line : {
           "This story was generated by AI and checked by a journalist.",
           "This summary was created with the help of artificial intelligence.",
           "Dieser Beitrag wurde maschinell übersetzt.",
           "Este texto fue traducido automáticamente con ayuda de IA.",
           "Ce contenu a été généré avec l'aide de l'IA.",
           "Questo testo è stato generato con l'intelligenza artificiale.",
           "Esta notícia foi produzida com apoio de inteligência artificial.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer keeps article sentences about AI", "[filter][disclaimer]") {
  for (const char* line : {
           "Scientists used artificial intelligence to translate the ancient scrolls, the university said.",
           "Die Übersetzung der Briefe, erstellt von einer KI, enthält nach Angaben der Forscher zahlreiche Fehler.",
           "La inteligencia artificial ya traduce el 30% de los textos de la agencia, según su director.",
           "Cet article de loi, voté en 2021, interdit l'usage de l'intelligence artificielle pour la reconnaissance "
           "faciale.",
           "This article was updated to correct the name of the AI company.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer removes a blogger's affiliate disclosures in the first person", "[filter][disclaimer]") {
  for (const char* line : {
           "Este post contiene enlaces de afiliado: si compras algo, me llevo una pequeña comisión.",
           "En esta entrada hay enlaces de afiliados y recibo una comisión por las compras.",
           "Dieser Beitrag enthält Affiliate-Links, für Käufe darüber bekomme ich eine Provision.",
           "Ce billet contient des liens affiliés : je touche une commission sur vos achats.",
           "Este post contém links de afiliados e eu recebo uma pequena comissão.",
           "Questo post contiene link affiliati: se acquisti tramite questi link ricevo una commissione.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
  // A report on affiliate links, without the page's voice.
  for (const char* line : {
           "El regulador multó a la tienda por no informar de los enlaces de afiliado en sus anuncios.",
           "Die Verbraucherzentrale kritisiert, dass viele Influencer ihre Affiliate-Links nicht kennzeichnen.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer removes affiliate disclosures about the page's links", "[filter][disclaimer]") {
  for (const char* line : {
           "Se comprar algo pelos links desta página, podemos receber uma comissão.",
           "Si compras desde los enlaces de esta página, recibimos una comisión de afiliado.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer removes disclosures of compensation for the page's links", "[filter][disclaimer]") {
  for (const char* line : {
           "Advertising disclosure: We may receive compensation for some of the links in our stories.",
           "We may receive compensation when you click on links to products from our partners.",
           "Our editors pick every product, but we may be compensated if you buy through the links below.",
           "Wir erhalten eine Vergütung, wenn Sie über die Links auf dieser Seite einkaufen.",
           "Nous pouvons percevoir une rémunération lorsque vous cliquez sur les liens de cet article.",
           "Podemos recibir una compensación si compras a través de los enlaces de esta página.",
           "Podemos receber uma compensação quando você clica nos links desta página.",
           "Potremmo ricevere un compenso se acquisti tramite i link di questo articolo.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
  // Compensation for something else, or a report of it.
  for (const char* line : {
           "We expect to receive compensation for the harvest we lost in the floods.",
           "Shoppers who buy the recalled heaters can receive compensation from the maker.",
           "The farmers hope to be compensated for the flood damage, the union said on Monday.",
           "Wir hoffen, eine Vergütung für die Überstunden zu bekommen.",
           "Nous demandons une rémunération juste pour notre travail dans les champs.",
           "Los vecinos esperan recibir una compensación por los daños de la obra.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer removes responsible-gambling notices", "[filter][disclaimer]") {
  for (const char* line : {
           "18+ | Gamble responsibly",
           "18+ only. Please gamble responsibly. BeGambleAware.org",
           "When the fun stops, stop. 18+",
           "Juega con responsabilidad. +18. Apuestas con licencia de la DGOJ.",
           "+18 | Juego responsable",
           "Spielen mit Verantwortung",
           "18+ | Glücksspiel kann süchtig machen",
           "Jouer comporte des risques : endettement, isolement. 18+",
           "Jogue com responsabilidade. Proibido para menores de 18 anos.",
           "+18 | Aposte com responsabilidade",
           "Gioca responsabilmente",
           "18+ Il gioco può causare dipendenza",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer removes responsible-drinking notices", "[filter][disclaimer]") {
  for (const char* line : {
           "Please drink responsibly.",
           "Enjoy responsibly. drinkaware.co.uk",
           "El consumo excesivo de alcohol perjudica la salud. Disfruta de un consumo responsable. Prohibida la "
           "venta a menores de 18 a\xC3\xB1os.",
           "L'abus d'alcool est dangereux pour la sant\xC3\xA9, \xC3\xA0 consommer avec mod\xC3\xA9ration.",
           "Trinken Sie verantwortungsvoll. Kein Verkauf an Personen unter 18 Jahren.",
           "Beba com modera\xC3\xA7\xC3\xA3o.",
           "Bevi responsabilmente.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
  for (const char* line : {
           "El consumo excesivo de alcohol provoca 15.000 muertes al a\xC3\xB1o en Espa\xC3\xB1" "a, seg\xC3\xBAn los "
           "datos publicados este lunes por el Ministerio de Sanidad.",
           "Drink responsibly over the holidays, the health minister said on Friday.",
           "L'abus d'alcool est dangereux pour les adolescents, dont le cerveau se d\xC3\xA9veloppe encore jusqu'\xC3\xA0 "
           "vingt-cinq ans selon les chercheurs de l'Inserm qui ont suivi trois mille \xC3\xA9l\xC3\xA8ves.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer removes a notice of the press or financial regulator the site answers to", "[filter][disclaimer]") {
  for (const char* line : {
           "The Ashcombe Echo is a member of IPSO and abides by the Editors' Code of Practice.",
           "This website and the associated newspaper adhere to the Independent Press Standards Organisation's "
           "Editors' Code of Practice.",
           "Brickline Media Ltd is an appointed representative of Fairmount Finance Ltd, which is authorised and "
           "regulated by the Financial Conduct Authority (FRN 771904).",
           "We are members of IMPRESS, the independent press regulator.",
           "Die Redaktion ist Mitglied im Deutschen Presserat und folgt dem Pressekodex.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
  for (const char* line : {
           "IPSO upheld a complaint against the newspaper over its coverage of the trial.",
           "The Echo, which is a member of IPSO, was fined for the story last year.",
           "The bank is regulated by the Financial Conduct Authority, which fined it last year.",
           "Der Presserat r\xC3\xBCgte die Zeitung f\xC3\xBCr ihre Berichterstattung.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer removes a review's note that the maker or publisher supplied the sample", "[filter][disclaimer]") {
  for (const char* line : {
           "Review code supplied by the publisher.",
           "A review unit was provided by Sonatek for this article.",
           "Codice per la recensione fornito dall'editore. I link ai negozi possono generare una commissione per "
           "Pixel Arena.",
           "Das Testger\xC3\xA4t wurde uns vom Hersteller zur Verf\xC3\xBCgung gestellt.",
           "Code fourni par l'\xC3\xA9" "diteur.",
           "C\xC3\xB3" "digo cedido por la distribuidora.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
  for (const char* line : {
           "Review copies were sent to 40 critics, the publisher said, weeks before the launch.",
           "Review scores for the game have been mixed, with most critics praising the music.",
           "Das Testger\xC3\xA4t hielt im Labor 40 Stunden durch, deutlich l\xC3\xA4nger als das Vorg\xC3\xA4ngermodell.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer removes affiliate disclosures that say the links earn a commission, in more words", "[filter][disclaimer]") {
  for (const char* line : {
           "Some of the links below may earn us a commission.",
           "Page Blanche per\xC3\xA7oit une commission sur les ventes r\xC3\xA9" "alis\xC3\xA9" "es via ces liens.",
           "Los enlaces: Ruta Viva gana una comisi\xC3\xB3n por las compras hechas con estos enlaces.",
           "I link in questo articolo possono generare una commissione.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer keeps business news about betting companies", "[filter][disclaimer]") {
  for (const char* line : {
           "The bookmaker said it promotes responsible gambling and reported a 12% rise in profit.",
           "Shares in the betting group fell after the regulator's fine, analysts said.",
           "Die Glücksspielbehörde verhängte eine Strafe gegen den Wettanbieter.",
           "La DGOJ multó a la casa de apuestas por publicidad ilegal.",
           "L'Autorité nationale des jeux a infligé une amende à l'opérateur.",
           "A casa de apostas patrocina três clubes da primeira divisão.",
           "L'azienda di scommesse ha chiuso il bilancio in utile.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer removes affiliate disclosures said of the links themselves", "[filter][disclaimer]") {
  for (const char* line : {
           "Some links are affiliate links.",
           "Some of the links below are affiliate links.",
           "Links marked with * are affiliate links.",
           "Prices updated on 2 March 2026. Some links are affiliate links.",
           "Einige Links sind Affiliate-Links.",
           "Algunos enlaces son de afiliados.",
           "Certains liens sont des liens affiliés.",
           "Alguns links são de afiliados.",
           "Alcuni link sono affiliati.",
           "Prezzi aggiornati al 2 marzo 2026. Alcuni link sono affiliati.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
  for (const char* line : {
           "The FTC requires bloggers to disclose affiliate links, the agency said on Tuesday.",
           "Some links are affiliate links, critics of the industry say, and readers rarely notice that they are "
           "paying for the reviews.",
           "Some links were broken after the site moved to a new server.",
           "Alcuni link sono stati rimossi dopo la segnalazione dell'autorità.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer removes notices that the content is not medical, financial or legal advice",
          "[filter][disclaimer]") {
  for (const char* line : {
           "These statements have not been evaluated by the Food and Drug Administration. This product is not "
           "intended to diagnose, treat, cure, or prevent any disease.",
           "The information on this site is not intended to diagnose, treat, cure or prevent any disease.",
           "This article is for informational purposes only and is not a substitute for professional medical "
           "advice.",
           "Survival Ridge Report does not provide financial advice. Consult a licensed professional before "
           "making investment decisions.",
           "Nothing in this article constitutes financial advice.",
           "The content on this blog is not intended as legal advice; please contact an attorney.",
           "Die Inhalte dieser Seite ersetzen keine ärztliche Beratung.",
           "Dieser Artikel stellt keine Anlageberatung dar und dient nur zu Informationszwecken.",
           "Les informations de cet article ne remplacent en aucun cas l'avis d'un professionnel de santé.",
           "Cet article ne constitue pas un conseil en investissement.",
           "La información de este artículo no sustituye el consejo médico de un profesional de la salud.",
           "Este contenido no constituye asesoramiento financiero.",
           "Le informazioni contenute in questo articolo non sostituiscono il parere medico.",
           "Este artigo não substitui a orientação médica de um profissional de saúde.",
           "Este conteúdo tem caráter meramente informativo.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer keeps article sentences about advice and about someone's disclaimer",
          "[filter][disclaimer]") {
  for (const char* line : {
           "The company said its chatbot does not provide medical advice and urged users to see a doctor.",
           "If the pain lasts more than a week, consult your doctor.",
           "Many patients use the forum as a substitute for medical advice, which worries doctors.",
           "The app is not a substitute for medical advice, experts say.",
           "Die Bank bietet seit Januar keine Anlageberatung mehr in ihren Filialen an.",
           "Le nouveau service ne remplace pas l'avis médical, a précisé la ministre.",
           "Según el informe, la aplicación no sustituye la consulta médica.",
           "Regulators fined the firm for selling pills it claimed could cure diabetes.",
           "The tram does not replace the bus line, which will keep running until 2027.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer removes a site's note that it is supported by what readers buy through its links",
          "[filter][disclaimer]") {
  for (const char* line : {
           "Gearwell is reader-supported: if you buy something through a retailer link on this page, we may get a "
           "small cut at no cost to you.",
           "We are reader-supported. When you buy through links on our site, we may earn a little, at no extra cost "
           "to you.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
  for (const char* line : {
           "The clinic is reader-supported in name only, its founder said, as grants pay most of its bills.",
           "The vaccine is offered at no cost to you if you are over 65, the health board said.",
           "Public radio stations are listener-supported and reader-supported papers are following them.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer removes notices that simply say the content is not advice, or no substitute for a doctor's",
          "[filter][disclaimer]") {
  for (const char* line : {
           "This article is for general information only and is not a substitute for advice from your own doctor.",
           "Nothing on this page is investment advice. Crypto assets are volatile and you can lose all the money you "
           "put in.",
           "This is not financial advice.",
           "Dieser Beitrag ist keine Anlageberatung.",
           "Cet article n'est pas un conseil en investissement.",
           "Este artículo no es asesoramiento financiero.",
           "Questo articolo non è consulenza finanziaria.",
           "Este texto não é aconselhamento financeiro.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
  for (const char* line : {
           "Tips shared on TikTok are not financial advice, regulators warn.",
           "The coach said his pep talk is not medical advice.",
           "What the influencer sells is not investment advice but a lottery ticket, and thousands of followers "
           "have lost their savings to it since the scheme began in 2019, according to the police.",
           "Advice from your bank is not always in your interest.",
           "This is why there is no financial advice in the bill.",
           "Die Broschüre ist keine Anlageberatung, sagte die Sprecherin.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer removes a wire service's pointer to the release's own page", "[filter][disclaimer]") {
  for (const char* line : {
           "View source version on businesswire.com: https://www.businesswire.com/news/home/20180101005000/en/",
           "View original content to download multimedia:http://www.prnewswire.com/news-releases/x-300000000.html",
           "View original content:http://www.prnewswire.com/news-releases/x.html",
           "Originally published at The Conversation.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
  for (const char* line : {
           "View the original content of the bill, the senator urged.",
           "The original content was published on the site in 2016, the court found.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer removes the presumption-of-innocence notice said of everyone charged", "[filter][disclaimer]") {
  for (const char* line : {
           "Editor's note: Arrests are public record. All persons charged are presumed innocent until proven guilty "
           "in a court of law.",
           "Es gilt die Unschuldsvermutung.",
           "Für alle Beschuldigten gilt die Unschuldsvermutung.",
           "Toute personne mise en cause est présumée innocente jusqu'à ce que sa culpabilité soit établie.",
           "Todos los detenidos son inocentes hasta que se demuestre lo contrario.",
           "Tutti gli indagati sono presunti innocenti fino a sentenza definitiva.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
  for (const char* line : {
           "Smith is presumed innocent until proven guilty, his lawyer said.",
           "All suspects are presumed innocent until proven guilty, the police said.",
           "Der Anwalt verwies auf die Unschuldsvermutung und verlangte die Freilassung seines Mandanten.",
           "La défense a invoqué la présomption d'innocence lors de l'audience de mardi.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer takes a shop's link closed by its affiliate note in brackets", "[filter][disclaimer]") {
  for (const char* line : {
           "Buy this book at Bookshop.org for $18.99 (we may earn a commission)",
           "Acheter ce livre chez Librairie-en-ligne.fr \xE2\x96\xB8 18,05 \xE2\x82\xAC (Page Blanche per\xC3\xA7oit "
           "une commission sur les ventes r\xC3\xA9" "alis\xC3\xA9" "es via ce lien)",
           "Get it for \xC2\xA3" "24 at Gearshop (affiliate link)",
           // A discount instead of a price.
           "\xF0\x9F\x9B\x92 Las zapatillas de running m\xC3\xA1s vendidas en Amazon, hasta un 40 % m\xC3\xA1s baratas "
           "(enlaces afiliados: El Cierzo puede recibir una comisi\xC3\xB3n por las compras)",
           "Noise-cancelling headphones, now 30% off at Soundhouse (affiliate link: we may earn a commission)",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
  for (const char* line : {
           "The author sold 4,000 copies at $18.99 (Amazon takes a commission on each)",
           "Readers can buy it at Bookshop.org (the shop says it pays stores a commission, the owner said)",
           "Bookshop.org pays independent stores a commission on every sale (about 30%).",
           "Sales rose 40 % in the quarter (the affiliate programme, the firm said, earned a commission on each)",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer takes a note naming the programme that funds the reporting", "[filter][disclaimer]") {
  for (const char* line : {
           "Ce contenu est produit dans le cadre de l'Initiative de journalisme local, financ\xC3\xA9" "e par le "
           "gouvernement du Canada.",
           "This content was produced under the Local Journalism Initiative, funded by the Government of Canada.",
           "This story was written by Jane Roe, a Local Democracy Reporter covering the county council.",
           "Sam Ortiz is a Report for America corps member covering rural health for the Gazette.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
  for (const char* line : {
           "The Local Journalism Initiative has funded 400 reporters since 2019, the minister said.",
           "Local journalism is struggling across the region as advertising falls.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer takes an affiliate disclosure that names a bare commission on purchases through links",
          "[filter][disclaimer]") {
  for (const char* line : {
           "*O Gerais Agora pode receber comiss\xC3\xA3o por compras feitas a partir de links de parceiros nesta "
           "p\xC3\xA1gina.",
           "Podemos receber comiss\xC3\xA3o por compras feitas atrav\xC3\xA9s dos links desta p\xC3\xA1gina.",
           "Il Corriere pu\xC3\xB2 ricevere una commissione sugli acquisti fatti tramite i link di questa pagina.",
           "Bei Eink\xC3\xA4ufen \xC3\xBC" "ber Links auf dieser Seite erh\xC3\xA4lt der Verlag eine Provision.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
  for (const char* line : {
           "A comiss\xC3\xA3o de licita\xC3\xA7\xC3\xA3o analisou as compras feitas pela prefeitura, com links "
           "para os contratos.",
           "The Commission examined purchases made through links in our procurement system, officials said.",
           "Die Provision f\xC3\xBCr den Makler beim Kauf der Wohnung liegt bei 3,57 Prozent.",
           "La commissione ha esaminato gli acquisti della Regione.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer takes a site's notice that it answers for no external site", "[filter][disclaimer]") {
  for (const char* line : {
           "Disclaimer: Kasapa Times is not responsible for the content of external sites. Views expressed by readers "
           "are not necessarily ours.",
           "F\xC3\xBCr die Inhalte externer Links \xC3\xBC" "bernehmen wir keine Haftung.",
           "La r\xC3\xA9" "daction n'est pas responsable du contenu des sites externes.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
  for (const char* line : {
           "The ministry said it was not responsible for the content of external sites that copied its data.",
           "Die Stadt haftet nicht f\xC3\xBCr Sch\xC3\xA4" "den an externen Fassaden, erkl\xC3\xA4rte der Anwalt.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer takes a notice that prices are no offer to buy or sell", "[filter][disclaimer]") {
  for (const char* line : {
           "Le quotazioni riportate hanno valore puramente indicativo e non costituiscono offerta di acquisto o di "
           "vendita da parte della redazione.",
           "Prices are indicative only and do not constitute an offer to buy or sell.",
           "Les cours publi\xC3\xA9s sont indicatifs et ne constituent pas une offre d'achat.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
  for (const char* line : {
           "Il Comune non ha ricevuto alcuna offerta di acquisto per l'ex caserma, ha detto il sindaco.",
           "The bank said the letter did not constitute an offer to buy the stake.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer takes an unofficial site's notice that it has no tie to the club, brand or show",
          "[filter][disclaimer]") {
  for (const char* line : {
           "Kurvenecho ist ein unabh\xC3\xA4ngiges Fanportal und steht in keiner offiziellen Verbindung zum FC Thurwil.",
           "This site is not affiliated with or endorsed by the BBC.",
           "Harbour Fans is an unofficial fan site and is not affiliated with Harbour FC.",
           "Ce site n'est pas affili\xC3\xA9 au club.",
           "Este sitio no est\xC3\xA1 afiliado a la liga ni a los clubes.",
           "Questo sito non ha alcun legame con la societ\xC3\xA0.",
           "Este site n\xC3\xA3o tem liga\xC3\xA7\xC3\xA3o oficial com o clube.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
  for (const char* line : {
           "The group is not affiliated with any party, its leader said.",
           "La asociaci\xC3\xB3n no est\xC3\xA1 afiliada a ning\xC3\xBAn partido, dijo su presidente.",
           // No site naming itself.
           "The supporters' trust is not affiliated with the club's owners and holds no shares.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("disclaimer", line));
  }
  CHECK(filter_removes_in_context("disclaimer", "Il consumo di alcol \xC3\xA8 riservato ai maggiorenni. Bevi "
                                                "responsabilmente."));
  CHECK_FALSE(filter_removes_in_context("disclaimer", "Il consumo di alcol tra i giovani \xC3\xA8 aumentato del 12% "
                                                      "in Sicilia."));
}

TEST_CASE("disclaimer takes a funder's note with its denial of influence, an acknowledgement of Country, and the "
          "site's signed pieces disowned", "[filter][disclaimer]") {
  for (const char* line : {
           "This reporting was supported by a grant from the Serra Foundation, which had no influence over its content.",
           "Esta reportagem contou com apoio do programa de bolsas do Instituto Serra Aberta, que n\xC3\xA3o teve qualquer "
           "influ\xC3\xAAncia sobre o conte\xC3\xBA" "do.",
           "Die Recherche wurde von der Stiftung Mercator gef\xC3\xB6rdert, die keinen Einfluss auf die Inhalte hatte.",
           "Il reportage \xC3\xA8 stato realizzato con il sostegno della Fondazione X, che non ha avuto alcuna influenza "
           "sui contenuti.",
           "Southern Tablelands University acknowledges the Traditional Custodians of the lands on which our campuses "
           "stand and pays respect to Elders past and present.",
           "We acknowledge that we work on the traditional, unceded territory of the Musqueam people.",
           "Os textos assinados n\xC3\xA3o refletem necessariamente a opini\xC3\xA3o do Pra\xC3\xA7" "a de Opini\xC3\xA3o.",
           "Signed articles do not necessarily reflect the views of the Herald.",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("disclaimer", line));
  }
  for (const char* line : {
           "The study was funded by the dairy industry, which had no influence over the findings, the authors said.",
           "The grant had no influence on the vote, but the mayor still faced questions about the lobby.",
           "The court acknowledged the traditional territory of the nation in its ruling on Tuesday.",
           "Signed articles were sent to the museum in 1952 by the collector's widow.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("disclaimer", line));
  }
}

TEST_CASE("disclaimer takes the reflexive presumption of innocence of Portugal and Angola", "[filter][disclaimer]") {
  CHECK(filter_removes_in_context("disclaimer", "Todos os arguidos presumem-se inocentes at\xC3\xA9 ao tr\xC3\xA2nsito em "
                                                "julgado da senten\xC3\xA7" "a condenat\xC3\xB3ria."));
  CHECK_FALSE(filter_removes_in_context("disclaimer", "O juiz lembrou que os arguidos presumem-se inocentes, disse o "
                                                      "advogado de defesa aos jornalistas no final da sess\xC3\xA3o."));
}
