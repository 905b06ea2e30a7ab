# shellcheck shell=bash
# Sourced by action.yml's steps, so that each reads the `files` input the same way: into the array `files`.
# One path per line when the input has several lines (names may hold spaces), else separated by spaces.
# Globs are policy-lint's to expand: bash would read ** as * and skip nested folders, so globbing is turned
# off (set -f) for the rest of the step, which also keeps the options split on spaces from being globbed.
set -f
files=()
if [[ "$POLICY_LINT_FILES" == *$'\n'* ]]; then
  while IFS= read -r line; do
    line="${line#"${line%%[![:space:]]*}"}"
    line="${line%"${line##*[![:space:]]}"}"
    if [ -n "$line" ]; then files+=("$line"); fi
  done <<< "$POLICY_LINT_FILES"
else
  read -ra files <<< "$POLICY_LINT_FILES"
fi
