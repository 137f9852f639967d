// Month and weekday names of the six languages pith knows (en, de, es, fr, it, pt), lower case:
// the words line keys fold, with the numbers beside them, into one "{date}".
#pragma once

#include <string_view>

namespace pith::sites {

/// Full names and the usual abbreviations. An abbreviation that is also a word ("may", "mar",
/// "set", "out") only counts next to a number, so "out 5 times" folds like "Oct 5".
constexpr std::string_view k_month_names[] = {
    // en
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    // de
    "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "mär", "okt", "dez",
    // es
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre",
    "octubre", "noviembre", "diciembre", "ene", "abr", "ago", "dic",
    // fr
    "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre", "janv", "févr", "avr", "juil", "déc",
    // it
    "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "gen",
    "mag", "giu", "lug", "set", "ott",
    // pt
    "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "dezembro", "fev", "out",
};

/// Weekdays, which open a date ("Monday, June 5, 2018") and fold into it.
constexpr std::string_view k_weekday_names[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu",
    "fri", "sat", "sun",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
    "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
};

/// Words that join a day to its month or year ("5 de junio de 2018", "5th of June").
constexpr std::string_view k_date_links[] = {"de", "del", "of"};

}  // namespace pith::sites
