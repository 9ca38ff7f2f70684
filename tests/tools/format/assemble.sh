#!/bin/sh
# Regenerate the test vectors with python3 and re-assemble src/format.rs.
set -e
cd "$(dirname "$0")/.."
python3 tools/gen.py
python3 - <<'PY'
s = open('src/format.rs').read()
code = s[:s.index('\n#[cfg(test)]\nmod tests {')]
head = open('tools/tests_head.rs').read()
vec = open('src/format_vectors.txt').read()
import re
vec = re.sub(r'^const ', '    const ', vec, flags=re.M)
open('src/format.rs', 'w').write(code + head + vec + '}\n')
PY
rm src/format_vectors.txt
