// pith: the program is one call into the command-line layer.
#include "cli/run.h"

int main(int argc, char** argv) { return cli::run(argc, argv); }
