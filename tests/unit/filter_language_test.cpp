// Filters choose their word lists by the document's language: residue in the document's language
// goes, a phrase of another language's list that is an ordinary word in the document's language
// stays, and a document too short to identify is tried against all six languages.
#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include "pith/config.h"
#include "pith/filters/filter.h"
#include "pith/language/identify.h"
#include "pith/language/word_lists.h"
#include "unit/test_support.h"

namespace {

using pith::ListLanguage;
using pith::ListLanguages;

/// Three sentences of a news story in each language: enough text for a reliable identification.
const std::map<ListLanguage, std::vector<std::string>> k_prose = {
    {ListLanguage::en,
     {"The city council voted on Tuesday to approve a new budget for the coming fiscal year.",
      "Officials said the plan would add funding for schools, parks and road repairs across the county.",
      "Several residents spoke against the measure during a public hearing that lasted four hours."}},
    {ListLanguage::de,
     {"Der Stadtrat hat am Dienstag einen neuen Haushalt für das kommende Jahr beschlossen.",
      "Nach Angaben der Verwaltung fließt mehr Geld in Schulen, Parks und die Sanierung von Straßen.",
      "Mehrere Anwohner sprachen sich während einer vierstündigen Anhörung gegen den Plan aus."}},
    {ListLanguage::es,
     {"El ayuntamiento aprobó el martes un nuevo presupuesto para el próximo año fiscal.",
      "Según los funcionarios, el plan destinará más dinero a las escuelas, los parques y las carreteras.",
      "Varios vecinos se opusieron a la medida durante una audiencia pública que duró cuatro horas."}},
    {ListLanguage::fr,
     {"Le conseil municipal a adopté mardi un nouveau budget pour l'année prochaine.",
      "Selon les responsables, le plan prévoit davantage de moyens pour les écoles, les parcs et les routes.",
      "Plusieurs habitants se sont opposés au projet lors d'une audience publique de quatre heures."}},
    {ListLanguage::it,
     {"Il consiglio comunale ha approvato martedì un nuovo bilancio per il prossimo anno.",
      "Secondo i funzionari, il piano destinerà più fondi alle scuole, ai parchi e alla manutenzione delle strade.",
      "Diversi residenti si sono opposti alla misura durante un'udienza pubblica durata quattro ore."}},
    {ListLanguage::pt,
     {"A câmara municipal aprovou na terça-feira um novo orçamento para o próximo ano.",
      "Segundo os responsáveis, o plano vai destinar mais recursos às escolas, aos parques e às estradas.",
      "Vários moradores se opuseram à medida durante uma audiência pública que durou quatro horas."}},
};

/// `line` inside a story in `language`, identified as the pipeline does, then the filter `name`
/// alone: true when it removed the line. Checks that the story was identified reliably.
bool removed_in_story(std::string_view name, ListLanguage language, const std::string& line) {
  const std::vector<std::string>& prose = k_prose.at(language);
  pith::Document doc = pith::test::document_of({prose[0], prose[1], line, prose[2]});
  pith::identify_document_language(doc);
  INFO("identified as " << doc.meta.language << " " << doc.meta.language_score.value_or(-1));
  REQUIRE(pith::list_languages(doc) == (ListLanguages::only(language) | ListLanguages::only(ListLanguage::en)));
  const pith::FilterEntry* entry = pith::find_filter(name);
  REQUIRE(entry);
  entry->make(pith::Config{})->apply(doc, name);
  return !doc.blocks[2].kept();
}

/// `line` in a document whose language is not known (CLD2 could not tell, or judged too little
/// text): the filter `name` alone, with all six languages' lists; true when it removed the line.
bool removed_without_language(std::string_view name, const std::string& line) {
  pith::Document doc = pith::test::document_of({line});
  REQUIRE(pith::list_languages(doc) == ListLanguages::all());
  const pith::FilterEntry* entry = pith::find_filter(name);
  REQUIRE(entry);
  entry->make(pith::Config{})->apply(doc, name);
  return !doc.blocks[0].kept();
}

/// `line` alone with one short line, identified as the pipeline does: too little text for a
/// reliable language, so all six languages' lists apply. True when the filter `name` removed it.
bool removed_in_short_document(std::string_view name, const std::string& line) {
  pith::Document doc = pith::test::document_of({"Updated.", line});
  pith::identify_document_language(doc);
  INFO("identified as " << doc.meta.language << " " << doc.meta.language_score.value_or(-1));
  REQUIRE(pith::list_languages(doc) == ListLanguages::all());
  const pith::FilterEntry* entry = pith::find_filter(name);
  REQUIRE(entry);
  entry->make(pith::Config{})->apply(doc, name);
  return !doc.blocks[1].kept();
}

struct Row {
  const char* filter;
  ListLanguage language;
  const char* line;
};

}  // namespace

TEST_CASE("filters remove residue in the document's language", "[filter][language]") {
  const Row rows[] = {
      {"donate", ListLanguage::pt, "Apoie o jornalismo independente: faça uma doação."},
      {"donate", ListLanguage::de, "Unterstützen Sie unsere Arbeit mit einer Spende."},
      {"follow", ListLanguage::it, "Seguici su Instagram"},
      {"follow", ListLanguage::es, "Síguenos en redes sociales"},
      {"cookie", ListLanguage::es, "Utilizamos cookies para mejorar su experiencia en nuestra web."},
      {"cookie", ListLanguage::it, "Continuando la navigazione accetti l'uso dei cookie."},
      {"subscribe", ListLanguage::de, "Abonnieren Sie unseren Kanal auf YouTube"},
      {"newsletter", ListLanguage::fr, "Inscrivez-vous à notre newsletter pour recevoir nos articles."},
      {"related", ListLanguage::it, "Leggi anche: Il sindaco promette una nuova caserma"},
      {"correction", ListLanguage::es, "¿Has visto un error? Envíanos una corrección."},
      {"paywall", ListLanguage::fr, "Cet article est réservé aux abonnés."},
      {"post-meta", ListLanguage::pt, "Marcadores: política, economia, eleições"},
      // English lists apply to every identified document.
      {"donate", ListLanguage::fr, "Please consider supporting our independent journalism with a donation."},
  };
  for (const Row& row : rows) {
    INFO(row.filter << ": " << row.line);
    CHECK(removed_in_story(row.filter, row.language, row.line));
  }
}

TEST_CASE("a phrase of another language's list stays in prose of the document's language",
          "[filter][language]") {
  // Each line opens with a phrase of another language's list and holds what that filter looks
  // for after it, so a document of no known language loses it; identified, it is prose.
  const Row rows[] = {
      // "Dona" (es, it: donate) is a title in Portuguese and a first name in English.
      {"donate", ListLanguage::pt, "Dona Maria sempre apoiou o nosso trabalho na escola do bairro."},
      {"donate", ListLanguage::en, "Dona Reyes hopes the grant will keep the lights on at the shelter."},
      // "Segui" (it: follow) is "I followed" in Portuguese.
      {"follow", ListLanguage::pt, "Segui o conselho dela e fui ver o perfil no Instagram"},
      // "Continuando" (it: by continuing) is an ordinary gerund in Spanish.
      {"cookie", ListLanguage::es, "Continuando con la tradición, la panadería regaló cookies a los vecinos."},
      // "Abbonati" (it: subscribe) is "subscribed" in Italian prose only; in Spanish "Suscríbete"
      // is the call, and "Descarga la" (es: download the) is "discharge" in Portuguese.
      {"subscribe", ListLanguage::pt, "Descarga la bateria do telemóvel quando a app de streaming fica aberta."},
  };
  for (const Row& row : rows) {
    INFO(row.filter << ": " << row.line);
    CHECK(removed_without_language(row.filter, row.line));
    CHECK_FALSE(removed_in_story(row.filter, row.language, row.line));
  }
}

TEST_CASE("a document too short to identify is tried against all six languages", "[filter][language]") {
  const Row rows[] = {
      {"donate", ListLanguage::pt, "Doe agora"},
      {"follow", ListLanguage::fr, "Suivez-nous sur Facebook"},
      {"cookie", ListLanguage::de, "Wir verwenden Cookies."},
      {"newsletter", ListLanguage::it, "Iscriviti alla nostra newsletter"},
      {"related", ListLanguage::es, "Lee también: El alcalde promete un nuevo parque"},
  };
  for (const Row& row : rows) {
    INFO(row.filter << ": " << row.line);
    CHECK(removed_in_short_document(row.filter, row.line));
  }
}

TEST_CASE("a whole-line label of any language goes from a document in another", "[filter][language]") {
  // Pages print their chrome in the site's language around an article in another.
  const Row rows[] = {
      {"ad", ListLanguage::en, "Anzeige"},
      {"ad", ListLanguage::fr, "Publicidad"},
      {"loading", ListLanguage::de, "Cargando..."},
      {"related", ListLanguage::en, "À lire aussi"},
      {"share", ListLanguage::en, "Teilen | Senden"},
      {"cookie", ListLanguage::it, "Alle akzeptieren"},
      {"donate", ListLanguage::en, "Jetzt spenden"},
      {"subscribe", ListLanguage::fr, "Iscriviti ora"},
      {"paywall", ListLanguage::pt, "Einloggen"},
  };
  for (const Row& row : rows) {
    INFO(row.filter << ": " << row.line);
    CHECK(removed_in_story(row.filter, row.language, row.line));
  }
}
