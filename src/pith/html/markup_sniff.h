// Whether bytes of unknown type are HTML: markup at the start, after a junk line, or throughout.
#pragma once

#include <string_view>

namespace pith {

/// True when `bytes` read as HTML, judged as the WHATWG MIME Sniffing standard (section 7.1,
/// "identifying a resource with an unknown MIME type") does: after a BOM and white space, a tag
/// such as <!DOCTYPE HTML, <html, <head, <body, <p, <div, <script or <!--. Two widenings for
/// what scrapers save: one junk line (a PHP warning, a log line) before a line that opens the
/// document (<!DOCTYPE, <html, <head, <body, <?xml), and text that opens with plain words but
/// holds at least two elements opened and closed (<p>…</p>, <div …>…</div>, <a href=…>…</a>,
/// <b>…</b>). A text that only mentions a tag, or quotes one element, stays text. `named_html` (a file named .html or .htm) lets any
/// line within the first KiB open the markup with one of the tags above.
bool looks_like_html(std::string_view bytes, bool named_html = false);

/// True when a file name promises HTML: .html, .htm, .xhtml, .shtml, before .gz or .zst.
bool is_html_name(std::string_view name);

}  // namespace pith
