// The built-in filters, in pipeline order. Adding a filter: write its file, add one row here.
#include "pith/filters/ad.h"
#include "pith/filters/boilerplate.h"
#include "pith/filters/cookie.h"
#include "pith/filters/copyright.h"
#include "pith/filters/credit.h"
#include "pith/filters/disclaimer.h"
#include "pith/filters/filter.h"
#include "pith/filters/follow.h"
#include "pith/filters/loading.h"
#include "pith/filters/newsletter.h"
#include "pith/filters/paywall.h"
#include "pith/filters/related.h"
#include "pith/filters/share.h"
#include "pith/filters/social_embed.h"

namespace pith {

namespace {
template <class F>
std::unique_ptr<Filter> make(const Config& config) {
  return std::make_unique<F>(config);
}

// social-embed runs first: it judges a post's text by the attribution line below it, which
// must still be kept when the text is judged.
constexpr FilterEntry k_filters[] = {
    {"social-embed",
     "residue of embedded posts: tweet text ending in pic.twitter.com, \"— Name (@handle) date\", "
     "\"View this post on Instagram\"",
     true, make<SocialEmbedFilter>},
    {"ad",
     "advertisement labels, sponsor lines and prompts: \"Advertisement\", \"Anzeige\", \"Sponsored by ...\", "
     "\"Advertise with us ...\"",
     true, make<AdFilter>},
    {"disclaimer",
     "\"views expressed are the author's\" disclaimers and syndication notices (\"originally published by\")",
     true, make<DisclaimerFilter>},
    {"loading", "placeholders of scripts that never ran: \"Now loading...\", \"Please enable JavaScript\"",
     true, make<LoadingFilter>},
    {"newsletter", "newsletter sign-up prompts: \"Sign up for our newsletter\", \"Suscríbete a nuestro boletín\"",
     true, make<NewsletterFilter>},
    {"share", "lines that are only share buttons: \"Share this:\", \"Facebook\", \"WhatsApp\", \"Print\"", true,
     make<ShareFilter>},
    {"related",
     "links to other stories and click-through calls: \"Read more: ...\", \"Lee también: ...\", \"Click here to ...\"",
     true, make<RelatedFilter>},
    {"credit", "photo and video credits: \"Photo: Name/Getty Images\", \"(AP Photo/...)\", \"Watch: ...\"", true,
     make<CreditFilter>},
    {"cookie", "cookie notices and consent buttons: \"We use cookies to ...\", \"Accept all\"", true,
     make<CookieFilter>},
    {"paywall", "subscription walls: \"Subscribe to keep reading\", \"Already have an account? Sign in\"", true,
     make<PaywallFilter>},
    {"copyright", "copyright notices: \"© 2024 Reuters. All rights reserved.\" and agency forms", true,
     make<CopyrightFilter>},
    {"follow", "\"Follow us on ...\" prompts naming a platform or a handle", true, make<FollowFilter>},
    // After the named filters: the classifier judges only lines they kept.
    {"boilerplate", "a learned line classifier: menus, link lists, footers and residue lines the named filters miss",
     true, make<BoilerplateFilter>},
};
}  // namespace

std::span<const FilterEntry> filter_registry() { return k_filters; }

}  // namespace pith
