// One large text file cleaned in windows and written as each is done, so memory stays flat
// whatever the file's size (Pipeline::clean_text_windows).
#pragma once

#include <string>
#include <vector>

#include "cli/input_list.h"
#include "cli/options.h"
#include "pith/config.h"
#include "pith/pipeline.h"

namespace cli {

/// True when this run is one plain text file over pith::k_text_stream_min_bytes (and within
/// --max-bytes), written as text to standard output with nothing that needs the whole document
/// at once (--explain, JSON, Markdown, --report, --language, --min-chars): it is then cleaned in
/// windows. Any other run, and any smaller file, is cleaned whole as before.
bool streams_text(const RawOptions& raw, const pith::Config& config, const std::vector<InputFile>& inputs);

/// Cleans `path` in windows and writes each window's kept lines to standard output as it is
/// done. Returns the exit status: 0, or 1 when the file cannot be read, is not text, or the
/// output cannot be written (said on standard error).
int clean_streamed(const pith::Pipeline& pipeline, const RawOptions& raw, const std::string& path);

}  // namespace cli
