// The boilerplate word table: stop words from the data files, and the generic call-to-action,
// second-person and navigation words. No site's name or wording: each list holds words any
// page furniture of its kind uses, in the six languages pith knows.
#include "pith/filters/boilerplate_words.h"

#include <cstring>
#include <string>

#include "pith/base/ascii.h"
#include "pith/filters/boilerplate_data.h"

namespace pith::boilerplate {

namespace {

/// Imperatives and requests that open calls to act on the page rather than read it (subscribe,
/// click, share, follow, download, donate, sign up, watch, buy), in en, de, es, fr, it, pt.
constexpr std::string_view k_call_words[] = {
    // en
    "subscribe", "click", "tap", "share", "follow", "download", "donate", "sign", "join", "like",
    "register", "login", "log", "watch", "listen", "buy", "shop", "order", "get", "visit", "check",
    "learn", "discover", "contact", "comment", "support", "please", "don't", "tweet", "email",
    "print", "save", "view", "continue", "browse", "explore", "call", "send", "submit", "become",
    "enter", "grab", "claim", "try", "upgrade", "advertise", "see", "read", "find", "add", "help",
    // de
    "abonnieren", "abonniere", "klicken", "klicke", "klick", "teilen", "teile",
    "folgen", "folge", "herunterladen", "spenden", "spende", "unterstützen", "unterstütze",
    "registrieren", "anmelden", "melde", "jetzt", "lesen", "lies", "hören", "schauen", "kaufen",
    "bestellen", "besuchen", "besuche", "kontakt", "kommentieren", "entdecken", "erfahren",
    "bitte", "hier", "sichern", "testen", "werden", "laden",
    // es
    "suscríbete", "suscribirse", "suscríbase", "haz", "haga", "pulsa", "pincha", "comparte",
    "compartir", "sigue", "síguenos", "siga", "descarga", "descargar", "descargue", "dona", "donar",
    "apoya", "apóyanos", "únete", "regístrate", "inicia", "lee", "lea", "mira", "escucha", "compra",
    "visita", "contacta", "contáctenos", "comenta", "descubre", "conoce", "ayúdanos", "obtén",
    // fr
    "abonnez-vous", "abonnez", "abonne-toi", "cliquez", "clique", "partagez", "partager", "suivez",
    "suivez-nous", "téléchargez", "télécharger", "faites", "soutenez", "soutenez-nous",
    "inscrivez-vous", "inscrivez", "rejoignez", "rejoignez-nous", "connectez-vous", "lisez",
    "regardez", "écoutez", "achetez", "commandez", "découvrez", "visitez", "contactez", "commentez",
    "profitez", "essayez",
    // it
    "iscriviti", "abbonati", "clicca", "cliccate", "condividi", "segui", "seguici", "scarica",
    "dona", "sostieni", "sostienici", "registrati", "accedi", "leggi", "guarda", "ascolta",
    "acquista", "compra", "visita", "contatta", "contattaci", "commenta", "scopri", "prova",
    // pt
    "assine", "inscreva-se", "clique", "compartilhe", "partilhe", "siga", "sigam", "baixe",
    "descarregue", "doe", "apoie", "cadastre-se", "registe-se", "leia", "veja", "assista", "ouça",
    "compre", "visite", "contate", "comente", "descubra", "saiba", "experimente", "acesse",
};

/// Words that address the reader: page furniture talks to "you", article prose mostly does not.
constexpr std::string_view k_second_person_words[] = {
    "you", "your", "yours", "yourself", "you're", "you'll", "you've",
    "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "euch", "euer", "eure",
    "tú", "te", "ti", "tu", "tus", "usted", "ustedes", "vosotros", "vuestro", "vuestra",
    "vous", "votre", "vos", "toi", "ton", "ta", "tes",
    "tuo", "tua", "tuoi", "tue", "voi", "vostro", "vostra",
    "você", "vocês", "teu", "tua", "teus", "tuas", "vosso", "vossa",
};

/// Words of menus, footers and page chrome: what a link label or a site's furniture says.
constexpr std::string_view k_navigation_words[] = {
    // en
    "home", "menu", "login", "logout", "sign", "register", "account", "contact", "about", "privacy",
    "terms", "cookies", "cookie", "search", "next", "previous", "prev", "more", "share", "tweet",
    "email", "e-mail", "print", "comments", "comment", "reply", "tags", "tag", "categories",
    "category", "archive", "archives", "newsletter", "subscribe", "facebook", "twitter",
    "instagram", "linkedin", "youtube", "whatsapp", "pinterest", "telegram", "reddit", "rss",
    "copyright", "rights", "reserved", "advertise", "sitemap", "faq", "help", "skip", "navigation",
    "top", "back", "close", "policy", "imprint", "jobs", "careers", "shop", "cart", "video",
    "videos", "photos", "podcast", "podcasts", "sections", "weather", "sports",
    // de
    "startseite", "impressum", "datenschutz", "kontakt", "suche", "anmelden", "abmelden", "weiter",
    "zurück", "mehr", "teilen", "drucken", "kommentare", "kommentar", "schlagwörter", "kategorien",
    "archiv", "nutzungsbedingungen", "agb", "werbung", "mediadaten", "karriere", "übersicht",
    // es
    "inicio", "portada", "contacto", "privacidad", "buscar", "siguiente", "anterior", "más",
    "compartir", "comentarios", "etiquetas", "categorías", "archivo", "publicidad", "suscríbete",
    // fr
    "accueil", "mentions", "légales", "confidentialité", "rechercher", "recherche", "suivant",
    "précédent", "partager", "commentaires", "connexion", "inscription", "plus", "archives",
    "publicité",
    // it
    "contatti", "cerca", "successivo", "precedente", "condividi", "commenti", "accedi", "registrati",
    "pubblicità", "redazione",
    // pt
    "início", "contato", "pesquisar", "próximo", "anterior", "partilhar", "compartilhar",
    "comentários", "entrar", "publicidade",
};

/// Bytes of lower-case `word` packed into two 64-bit keys; false when it does not fit.
bool pack(std::string_view word, std::uint64_t* a, std::uint64_t* b) {
  if (word.empty() || word.size() > k_max_word_bytes) return false;
  char buffer[k_max_word_bytes] = {};
  std::memcpy(buffer, word.data(), word.size());
  std::memcpy(a, buffer, 8);
  std::memcpy(b, buffer + 8, 8);
  return true;
}

WordTable build_shipped() {
  WordTable table;
  for (std::size_t i = 0; i < std::size(boilerplate_data::k_languages); ++i) {
    std::string_view list = boilerplate_data::stop_word_list(boilerplate_data::k_languages[i]);
    std::size_t pos = 0;
    while (pos < list.size()) {
      std::size_t end = list.find('\n', pos);
      if (end == std::string_view::npos) end = list.size();
      std::string_view line = list.substr(pos, end - pos);
      pos = end + 1;
      if (line.starts_with('#')) continue;
      std::size_t w = 0;
      while (w < line.size()) {
        while (w < line.size() && line[w] == ' ') ++w;
        std::size_t stop = line.find(' ', w);
        if (stop == std::string_view::npos) stop = line.size();
        if (stop > w) table.add(line.substr(w, stop - w), static_cast<std::uint16_t>(1u << i));
        w = stop;
      }
    }
  }
  for (std::string_view word : k_call_words) table.add(word, k_call_word);
  for (std::string_view word : k_second_person_words) table.add(word, k_second_person);
  for (std::string_view word : k_navigation_words) table.add(word, k_navigation);
  return table;
}

}  // namespace

const WordTable& WordTable::shipped() {
  static const WordTable table = build_shipped();
  return table;
}

void WordTable::add(std::string_view word, std::uint16_t flags) {
  std::uint64_t a = 0, b = 0;
  if (!pack(word, &a, &b)) return;
  Slot& slot = m_slots[find(a, b)];
  slot.a = a;
  slot.b = b;
  slot.flags |= flags;
}

std::uint16_t WordTable::flags(std::string_view word) const {
  if (word.empty() || word.size() > k_max_word_bytes) return 0;
  // The word's bytes, zero-padded to 16, by two loads that may overlap (no call to memcpy).
  const char* p = word.data();
  const std::size_t n = word.size();
  std::uint64_t a = 0, b = 0;
  if (n >= 8) {
    a = ascii::load8(p);
    if (n > 8) b = ascii::load8(p + n - 8) >> (8 * (16 - n));
  } else if (n >= 4) {
    std::uint32_t low, high;
    std::memcpy(&low, p, 4);
    std::memcpy(&high, p + n - 4, 4);
    a = low | static_cast<std::uint64_t>(high) << (8 * (n - 4));
  } else {
    for (std::size_t i = 0; i < n; ++i) a |= static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
  }
  if (ascii::high_bytes(a | b) == 0) {
    // ASCII, eight bytes at a time: A..Z (0x41..0x5A) take 0x20.
    auto fold = [](std::uint64_t x) {
      std::uint64_t capitals = ascii::bytes_below(x ^ (ascii::k_ones * 0x40), 0x1B) & ~ascii::bytes_equal(x, '@');
      return x | capitals >> 2;  // 0x80 >> 2 = 0x20
    };
    return m_slots[find(fold(a), fold(b))].flags;
  }
  char buffer[k_max_word_bytes] = {};
  for (std::size_t i = 0; i < word.size(); ++i) {
    auto c = static_cast<unsigned char>(word[i]);
    if (c >= 'A' && c <= 'Z') c += 32;
    // Latin-1 capitals À..Þ (but not ×) are C3 80..9E in UTF-8; their small letters are 0x20 up.
    else if (c >= 0x80 && c <= 0x9E && c != 0x97 && i > 0 && static_cast<unsigned char>(word[i - 1]) == 0xC3)
      c += 0x20;
    buffer[i] = static_cast<char>(c);
  }
  std::memcpy(&a, buffer, 8);
  std::memcpy(&b, buffer + 8, 8);
  return m_slots[find(a, b)].flags;
}

}  // namespace pith::boilerplate
