// The built-in filters, in pipeline order. Adding a filter: write its file, add one row here.
#include "pith/filters/ad.h"
#include "pith/filters/ad_blocker.h"
#include "pith/filters/bio.h"
#include "pith/filters/boilerplate.h"
#include "pith/filters/caption.h"
#include "pith/filters/comment_policy.h"
#include "pith/filters/company_register.h"
#include "pith/filters/cookie.h"
#include "pith/filters/copyright.h"
#include "pith/filters/correction.h"
#include "pith/filters/credit.h"
#include "pith/filters/disclaimer.h"
#include "pith/filters/donate.h"
#include "pith/filters/duplicate.h"
#include "pith/filters/filter.h"
#include "pith/filters/follow.h"
#include "pith/filters/language_switcher.h"
#include "pith/filters/loading.h"
#include "pith/filters/markup.h"
#include "pith/filters/media_controls.h"
#include "pith/filters/nav_links.h"
#include "pith/filters/news_tip.h"
#include "pith/filters/newsletter.h"
#include "pith/filters/paywall.h"
#include "pith/filters/poll.h"
#include "pith/filters/post_meta.h"
#include "pith/filters/related.h"
#include "pith/filters/share.h"
#include "pith/filters/sign_up_form.h"
#include "pith/filters/site_repeat.h"
#include "pith/filters/social_embed.h"
#include "pith/filters/subscribe.h"
#include "pith/filters/timestamp.h"
#include "pith/filters/trailing_headlines.h"
#include "pith/filters/widget.h"

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
    {"ad-blocker",
     "notices about the reader's ad blocker and pleas that the site lives on its ads: \"We noticed you're using "
     "an ad blocker\", \"Our website relies on advertising\"",
     true, make<AdBlockerFilter>},
    {"loading", "placeholders of scripts that never ran: \"Now loading...\", \"Please enable JavaScript\"",
     true, make<LoadingFilter>},
    {"media-controls",
     "a picture gallery's controls and counter and an audio player's prompt: \"1 of 12\", \"Next image\", "
     "\"Open gallery\", \"Listen to this article\", \"Artikel anhören\"",
     true, make<MediaControlsFilter>},
    {"markup", "page code printed as text: HTML comments (\"<!-- related articles -->\"), CDATA markers", true,
     make<MarkupFilter>},
    {"newsletter", "newsletter sign-up prompts: \"Sign up for our newsletter\", \"Suscríbete a nuestro boletín\"",
     true, make<NewsletterFilter>},
    {"sign-up-form",
     "a sign-up form's field labels and fine print: \"Enter your email address  Subscribe\", \"You can unsubscribe "
     "at any time\"",
     true, make<SignUpFormFilter>},
    {"share", "lines that are only share buttons: \"Share this:\", \"Facebook\", \"WhatsApp\", \"Print\"", true,
     make<ShareFilter>},
    {"language-switcher", "a row of links to the page in other languages: \"English | Deutsch | Español\"", true,
     make<LanguageSwitcherFilter>},
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
    {"company-register",
     "a publisher's register and tax numbers in a footer: \"Example S.p.A. – P.IVA 01234560178\", \"HRB 12345\"",
     true, make<CompanyRegisterFilter>},
    {"follow", "\"Follow us on ...\" prompts naming a platform or a handle", true, make<FollowFilter>},
    {"post-meta",
     "a blog post's categories, tags and comment counts, its archive entries and links to the posts "
     "before and after: \"Filed under: ...\", \"Tagged: ...\", \"* Janeiro (70)\", \"« Previous Post\"",
     true, make<PostMetaFilter>},
    {"timestamp", "a page's time lines: \"Updated 3 hours ago\", \"Aktualisiert am 12.03.2024\", \"5 min read\"", true,
     make<TimestampFilter>},
    {"widget",
     "a page widget's row of data cells: weather, market tickers, what's on: \"Stuttgart 11°C ☁ | Pollenflug: "
     "mäßig | Stau: 4 Meldungen\", \"Butter 3,92 €/kg ▲ · Magermilch 2,14 €/kg ▼\"",
     true, make<WidgetFilter>},
    {"comment-policy", "comment rules and the comment box's lines: \"Please adhere to our commenting policy\", "
     "\"Comments are closed\"", true, make<CommentPolicyFilter>},
    {"correction",
     "prompts to report an error and notes that the piece was updated or corrected: \"See an error in this "
     "article? Send us a correction\", \"This story has been updated ...\"",
     true, make<CorrectionFilter>},
    {"news-tip", "calls for news tips and submissions: \"Got a news tip? Email us\", \"Want to write for us?\"", true,
     make<NewsTipFilter>},
    // caption after credit and copyright: it judges a line by the photo credit under it. It is
    // no line filter (it reads the line below), so it stands after the row of line filters that
    // ends at news-tip and runs one line at a time, not inside it (which would split the row).
    {"caption", "a photo's caption left without its credit: the short line over \"Photo: ...\", \"Jane Roe (left) ...\"",
     true, make<CaptionFilter>},
    {"poll", "a reader poll's widget: \"% of readers think this story is Fact. Add your two cents.\", \"View results\"",
     true, make<PollFilter>},
    {"subscribe",
     "calls to subscribe to the site, its channel or podcast: \"Subscribe to X for FREE\", \"Subscribe to our "
     "YouTube channel\"",
     true, make<SubscribeFilter>},
    {"donate", "appeals for money: \"Donate now\", \"Please consider supporting our work\", \"Become a patron\"", true,
     make<DonateFilter>},
    // bio judges bio sentences by their place at the end of the document: it runs after the
    // stages that remove the residue printed below a bio.
    {"bio", "an author's bio and contact lines: \"Jane Roe is a staff writer for ...\", \"can be reached at\", "
     "\"About the author\"",
     true, make<BioFilter>},
    // nav-links after bio: an "About Us:" over a standing paragraph is bio's header, with the
    // paragraph under it.
    {"nav-links",
     "lines that are only navigation links: \"Skip to main content\", \"Back to top\", \"Privacy Policy | Terms of "
     "Use\", \"Impressum\"",
     true, make<NavLinksFilter>},
    // trailing-headlines after every stage that removes closing residue: it reads their marks.
    {"trailing-headlines",
     "headlines of other stories listed with no header after the article's last paragraph, among its closing "
     "residue: \"Festa das Flores volta em novembro com ingressos a R$ 15\"",
     true, make<TrailingHeadlinesFilter>},
    {"duplicate", "second copies inside one document: a paragraph printed twice, the headline again below the text",
     true, make<DuplicateFilter>},
    // After the named filters: the classifier judges only lines they kept.
    {"boilerplate", "a learned line classifier: menus, link lists, footers and residue lines the named filters miss",
     true, make<BoilerplateFilter>},
    // Last: lines the other filters name keep their reason, and the classifier judges lines
    // with their neighbours as the page has them.
    {"site-repeat",
     "lines a site repeats across its records (tickers, taglines, bios), learned from the batch or --sites",
     true, make<SiteRepeatFilter>},
};
}  // namespace

std::span<const FilterEntry> filter_registry() { return k_filters; }

}  // namespace pith
