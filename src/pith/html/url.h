// URLs a page gives in its metadata (canonical, og:url, og:image), resolved with uriparser.
#pragma once

#include <string>
#include <string_view>

namespace pith::html {

/// True when `url` is absolute with an http or https scheme and a host.
bool is_web_url(std::string_view url);

/// `reference` (absolute, scheme-relative "//cdn...", or relative "/img/a.jpg") resolved
/// against the absolute `base` (RFC 3986, section 5.2). Spaces and non-ASCII bytes are
/// percent-encoded first, as browsers do. Empty when the result is no http(s) URL with a
/// host: a relative reference without a usable base, "javascript:", "data:", garbage.
std::string resolve_url(std::string_view base, std::string_view reference);

/// `url` decoded when a page wrote a whole absolute http(s) URL percent-encoded
/// ("https%3A%2F%2Fexample.org%2Fa" → "https://example.org/a"); `url` as it is otherwise.
std::string unescape_whole_url(std::string_view url);

/// The host of an absolute http(s) `url`, lower-cased, without user info or port
/// ("https://News.Example.org:8080/a" → "news.example.org"); empty when there is none.
std::string url_hostname(std::string_view url);

}  // namespace pith::html
