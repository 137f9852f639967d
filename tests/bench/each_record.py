#!/usr/bin/env python3
"""Run a pith command once per record: each JSON line of FILE alone on standard input.

  each_record.py PITH [ARGS...] FILE

Prints what each run wrote, in order. With text_score.py's batch mode this scores records each
cleaned alone, as a worker of a spread run sees them, e.g. with a site profile:

  text_score.py RECORDS LABELS 'each_record.py build/src/pith --sites sites.tsv'
"""
import subprocess
import sys


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    *command, path = sys.argv[1:]
    status = 0
    with open(path, encoding="utf-8") as records:
        for line in records:
            if not line.strip():
                continue
            run = subprocess.run(command, input=line, capture_output=True, text=True)
            sys.stdout.write(run.stdout)
            sys.stderr.write(run.stderr)
            status = max(status, run.returncode)
    sys.exit(status)


if __name__ == "__main__":
    main()
